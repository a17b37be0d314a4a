package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import org.junit.jupiter.api.Test;

/** Steps that name a component instead of giving code. */
class ComponentStepsTest {

    private static WorkflowRequest parse(String steps) {
        return DefinitionParser.parse(JsonText.parse("{\"name\":\"w\",\"steps\":" + steps + "}"), null);
    }

    private static String rejectedField(String steps) {
        return assertThrows(InvalidInputException.class, () -> parse(steps)).field();
    }

    @Test
    void aStepMayNameAComponentWithProps() {
        StepSpec step = parse("[{\"name\":\"get\",\"component\":\"http-request\",\"props\":{\"httpRequest\":"
                + "{\"url\":\"http://x\"}}}]").definition().steps().get(0);
        assertEquals("http-request", step.component());
        assertNull(step.code());
        assertNull(step.componentId());
        assertEquals("code", step.type());
        assertEquals("http://x", step.props().getJsonObject("httpRequest").getString("url"));
        StepSpec action = parse("[{\"name\":\"a\",\"type\":\"action\",\"component\":\"sc_abc\"}]").definition()
                .steps().get(0);
        assertEquals("action", action.type());
    }

    @Test
    void codeAndComponentExcludeEachOther() {
        assertEquals("steps[0].code", rejectedField("[{\"name\":\"a\",\"component\":\"filter\",\"code\":\"x\"}]"));
        assertEquals("steps[0].code", rejectedField("[{\"name\":\"a\"}]"));
        assertEquals("steps[0].component", rejectedField("[{\"name\":\"a\",\"component\":\" \"}]"));
        assertEquals("steps[0].component", rejectedField("[{\"name\":\"a\",\"component\":5}]"));
        assertEquals("steps[0].type", rejectedField("[{\"name\":\"a\",\"type\":\"action\",\"code\":\"x\"}]"));
    }

    @Test
    void aResolvedStepKeepsItsComponentThroughTheStoredDefinition() {
        StepSpec step = parse("[{\"name\":\"f\",\"component\":\"filter\"}]").definition().steps().get(0)
                .withComponent("export default defineComponent({ async run() {} })", "sc_Filter01");
        WorkflowDefinition stored = WorkflowDefinition.fromJson(new WorkflowDefinition("w", java.util.List.of(),
                java.util.List.of(step), jakarta.json.JsonValue.EMPTY_JSON_OBJECT).toJson());
        StepSpec back = stored.steps().get(0);
        assertEquals("filter", back.component());
        assertEquals("sc_Filter01", back.componentId());
        assertEquals(step.code(), back.code());
        assertEquals("filter", back.toJson().getString("component"));
        assertEquals("sc_Filter01", back.toJson().getString("component_id"));
    }
}
