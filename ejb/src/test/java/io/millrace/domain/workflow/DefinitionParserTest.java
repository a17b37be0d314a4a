package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinitionParserTest {
    private static final String STEP = "{\"name\":\"a\",\"code\":\"export default {run(){}}\"}";

    private static WorkflowRequest parse(String json, WorkflowDefinition current) {
        return DefinitionParser.parse(JsonText.parse(json), current);
    }

    private static String rejectedField(String json) {
        return assertThrows(InvalidInputException.class, () -> parse(json, null)).field();
    }

    @Test
    void aFullDefinitionIsParsedWithDefaults() {
        WorkflowRequest r = parse("{\"name\":\"w\",\"triggers\":[{\"type\":\"http\"}],\"steps\":[" + STEP + "]}", null);
        assertEquals("w", r.definition().name());
        assertEquals(1, r.definition().httpTriggerCount());
        StepSpec step = r.definition().steps().get(0);
        assertEquals("code", step.type());
        assertEquals("javascript", step.lang());
        assertTrue(step.props().isEmpty());
        assertNull(r.active());
        assertEquals(WorkflowDefinition.DEFAULT_TIMEOUT_SECONDS, r.definition().timeoutSeconds());
    }

    @Test
    void respondCallsMarkTheDefinitionAsCustomResponse() {
        String respond = "{\"name\":\"r\",\"code\":\"export default {async run({$}){ await $ . respond({body:1}) }}\"}";
        assertTrue(parse("{\"name\":\"w\",\"steps\":[" + respond + "]}", null).definition().usesCustomResponse());
        assertFalse(parse("{\"name\":\"w\",\"steps\":[" + STEP + "]}", null).definition().usesCustomResponse());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                                   | name",
        "{\"name\":3}                                         | name",
        "{\"name\":\" \"}                                     | name",
        "{\"name\":\"w\",\"colour\":1}                        | colour",
        "{\"name\":\"w\",\"active\":\"yes\"}                  | active",
        "{\"name\":\"w\",\"triggers\":{}}                     | triggers",
        "{\"name\":\"w\",\"triggers\":[{\"type\":\"mail\"}]}  | triggers[0].type",
        "{\"name\":\"w\",\"steps\":[{\"name\":\"a b\",\"code\":\"x\"}]}  | steps[0].name",
        "{\"name\":\"w\",\"steps\":[{\"name\":\"a-b\",\"code\":\"x\"}]}  | steps[0].name",
        "{\"name\":\"w\",\"steps\":[{\"name\":\"1a\",\"code\":\"x\"}]}   | steps[0].name",
        "{\"name\":\"w\",\"steps\":[{\"name\":\"trigger\",\"code\":\"x\"}]} | steps[0].name",
        "{\"name\":\"w\",\"steps\":[{\"name\":\"a\"}]}                   | steps[0].code",
        "{\"name\":\"w\",\"steps\":[{\"name\":\"a\",\"code\":1}]}        | steps[0].code",
        "{\"name\":\"w\",\"steps\":[{\"name\":\"a\",\"code\":\"x\",\"lang\":\"python\"}]} | steps[0].lang",
        "{\"name\":\"w\",\"steps\":[{\"name\":\"a\",\"code\":\"x\",\"extra\":1}]}        | steps[0].extra",
        "{\"name\":\"w\",\"settings\":{\"timeout_seconds\":\"ten\"}}     | settings.timeout_seconds",
        "{\"name\":\"w\",\"settings\":{\"timeout_seconds\":0}}           | settings.timeout_seconds",
        "{\"name\":\"w\",\"settings\":{\"timeout_seconds\":18446744073709551617}} | settings.timeout_seconds",
        "{\"name\":\"w\",\"settings\":{\"colour\":1}}                    | settings.colour",
    })
    void badInputNamesTheField(String json, String field) {
        assertEquals(field, rejectedField(json));
    }

    @Test
    void duplicateStepNamesPointAtTheSecond() {
        assertEquals("steps[1].name", rejectedField("{\"name\":\"w\",\"steps\":[" + STEP + "," + STEP + "]}"));
    }

    @Test
    void overlongNamesAreRejected() {
        assertEquals("name", rejectedField("{\"name\":\"" + "n".repeat(256) + "\"}"));
        assertEquals("steps[0].name", rejectedField("{\"name\":\"w\",\"steps\":[{\"name\":\"" + "s".repeat(256)
                + "\",\"code\":\"x\"}]}"));
    }

    @Test
    void anUpdateKeepsWhatItDoesNotNameAndMergesSettings() {
        WorkflowDefinition current = parse("{\"name\":\"w\",\"triggers\":[{\"type\":\"http\"}],\"steps\":[" + STEP
                + "],\"settings\":{\"timeout_seconds\":10}}", null).definition();

        WorkflowRequest activeOnly = parse("{\"active\":false}", current);
        assertNull(activeOnly.definition());
        assertEquals(Boolean.FALSE, activeOnly.active());

        WorkflowRequest rename = parse("{\"name\":\"v\"}", current);
        assertEquals("v", rename.definition().name());
        assertEquals(current.steps(), rename.definition().steps());
        assertEquals(10, rename.definition().timeoutSeconds());

        WorkflowRequest unset = parse("{\"settings\":{\"timeout_seconds\":null}}", current);
        assertFalse(unset.definition().settings().containsKey("timeout_seconds"));
        assertEquals(1, unset.definition().httpTriggerCount());
    }

    @Test
    void theJsonFormRoundTrips() {
        WorkflowDefinition d = parse("{\"name\":\"w\",\"triggers\":[{\"type\":\"http\"}],\"steps\":[" + STEP
                + "],\"settings\":{\"timeout_seconds\":5}}", null).definition();
        assertEquals(d, WorkflowDefinition.fromJson(d.toJson()));
    }

    private static String steps(int count) {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < count; i++) {
            steps.append(i == 0 ? "" : ",").append("{\"name\":\"s").append(i).append("\",\"code\":\"x\"}");
        }
        return "{\"name\":\"w\",\"steps\":[" + steps + "]}";
    }

    private static String stepWith(String code, String props) {
        return "{\"name\":\"w\",\"steps\":[{\"name\":\"a\",\"code\":\"" + code + "\",\"props\":" + props + "}]}";
    }

    @Test
    void aWorkflowHasAtMostMaxSteps() {
        assertEquals(DefinitionParser.MAX_STEPS, parse(steps(DefinitionParser.MAX_STEPS), null).definition().steps().size());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> parse(steps(DefinitionParser.MAX_STEPS + 1), null));
        assertEquals("steps", e.field());
        assertTrue(e.getMessage().contains("at most 250 steps"), e.getMessage());
    }

    @Test
    void aStepsCodeHasAtMostMaxCodeBytesOfUtf8() {
        String biggest = "x".repeat(DefinitionParser.MAX_CODE_BYTES);
        assertEquals(biggest, parse(stepWith(biggest, "{}"), null).definition().steps().get(0).code());
        assertEquals("steps[0].code", rejectedField(stepWith(biggest + "x", "{}")));
        assertEquals("steps[0].code", rejectedField(stepWith("\u20ac".repeat(DefinitionParser.MAX_CODE_BYTES / 3 + 1), "{}")));
    }

    @Test
    void aStepHasAtMostMaxProps() {
        StringBuilder props = new StringBuilder("{");
        for (int i = 0; i < DefinitionParser.MAX_PROPS; i++) {
            props.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
        }
        assertEquals(DefinitionParser.MAX_PROPS,
                parse(stepWith("x", props + "}"), null).definition().steps().get(0).props().size());
        assertEquals("steps[0].props", rejectedField(stepWith("x", props + ",\"one_more\":1}")));
    }

    @Test
    void aDefinitionNestsAtMostMaxDepthLevels() {
        int valueLevels = DefinitionParser.MAX_DEPTH - 4; // the body, steps, the step and props come first
        String deepest = "[".repeat(valueLevels) + "]".repeat(valueLevels);
        assertEquals(1, parse(stepWith("x", "{\"ok\":" + deepest + "}"), null).definition().steps().get(0).props().size());
        assertEquals("steps[0].props.deep", rejectedField(stepWith("x", "{\"ok\":1,\"deep\":[" + deepest + "]}")));
        assertEquals("steps[0].props.deep", rejectedField(stepWith("x", "{\"deep\":" + "{\"a\":".repeat(valueLevels + 1)
                + "1" + "}".repeat(valueLevels + 1) + "}")));
    }

    @Test
    void theShapeGetAnswersIsAcceptedWithItsReadOnlyFieldsIgnored() {
        String got = """
                {"data": {"id": "p_1", "name": "w", "active": true, "org_id": "o_1", "project_id": "proj_1",
                 "folder_id": null, "version": 3, "deployment_id": "d_1", "created_at": 1, "updated_at": 2,
                 "triggers": [{"id": "hi_1", "type": "http", "key": "ekey", "endpoint_url": "http://x/e/ekey",
                               "custom_response": false, "created_at": 1, "updated_at": 1}],
                 "steps": [{"name": "a", "type": "code", "lang": "javascript", "code": "export default {run(){}}",
                            "props": {}, "packages": {"dayjs": "1.11.10"}},
                           {"name": "b", "type": "action", "lang": "javascript", "code": "copied", "props": {},
                            "component": "http-request", "component_id": "sc_1"}],
                 "settings": {"timeout_seconds": 30}}}""";
        WorkflowRequest r = parse(got, null);
        assertEquals("w", r.definition().name());
        assertEquals(List.of(new TriggerSpec("http", null)), r.definition().triggers());
        StepSpec a = r.definition().steps().get(0);
        assertTrue(a.packages().isEmpty(), "packages are resolved again at deploy");
        StepSpec b = r.definition().steps().get(1);
        assertEquals("http-request", b.component());
        assertNull(b.code(), "a component step's copied code is ignored: the component is resolved again");
        assertNull(b.componentId());
    }

    @Test
    void unknownFieldsAreStillRefusedByName() {
        assertEquals("versoin", rejectedField("{\"name\":\"w\",\"versoin\":1}"));
        assertEquals("triggers[0].kee", rejectedField("{\"name\":\"w\",\"triggers\":[{\"type\":\"http\",\"kee\":1}]}"));
        assertEquals("steps[0].code", rejectedField("{\"name\":\"w\",\"steps\":[{\"name\":\"a\",\"code\":\"x\","
                + "\"component\":\"http-request\"}]}"));
    }

    @Test
    void aWholeDefinitionNeedsNameTriggersAndSteps() {
        assertEquals("triggers", assertThrows(InvalidInputException.class,
                () -> DefinitionParser.parseWhole(JsonText.parse("{\"name\":\"w\",\"steps\":[]}"))).field());
    }

    @Test
    void aMessageIsKeptAndLimited() {
        assertEquals("why", parse("{\"name\":\"w\",\"message\":\"why\"}", null).message());
        assertEquals("message", rejectedField("{\"name\":\"w\",\"message\":\"" + "m".repeat(1001) + "\"}"));
    }
}
