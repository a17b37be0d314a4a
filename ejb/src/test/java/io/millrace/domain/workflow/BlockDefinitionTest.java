package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Control-flow blocks in a definition: what is accepted, what is refused (naming the field), and the round trip. */
class BlockDefinitionTest {
    private static final String CODE = "export default defineComponent({ async run({ steps }) { return STEPS } })";

    private static String step(String name, String uses) {
        return "{\"name\":\"" + name + "\",\"code\":\"" + CODE.replace("STEPS", uses) + "\"}";
    }

    private static WorkflowDefinition parse(String steps) {
        return DefinitionParser.parse(JsonText.parse("{\"name\":\"w\",\"steps\":" + steps + "}"), null).definition();
    }

    private static InvalidInputException refused(String steps) {
        return assertThrows(InvalidInputException.class, () -> parse(steps));
    }

    private static final String IF_ELSE = "{\"name\":\"route\",\"type\":\"if_else\",\"branches\":["
            + "{\"name\":\"one\",\"condition\":{\"value\":\"{{steps.trigger.event.n}}\",\"operator\":\"exists\"},"
            + "\"steps\":[" + step("step_c", "1") + "]},"
            + "{\"name\":\"two\",\"steps\":[" + step("step_d", "2") + "]}]}";

    @Test
    void aDefinitionWithBlocksReadsBackAsItWasGiven() {
        WorkflowDefinition d = parse("[" + IF_ELSE + "," + step("after", "steps.route.$return_value") + "]");
        assertTrue(d.hasBlocks());
        assertEquals(List.of("step_c", "step_d", "after"), d.codeSteps().stream().map(StepSpec::name).toList());
        JsonObject json = d.toJson();
        assertEquals(d, WorkflowDefinition.fromJson(json), "stored and read again");
        WorkflowDefinition again = DefinitionParser.parse(json, null).definition();
        assertEquals(d.steps(), again.steps(), "what GET shows is accepted back");
    }

    @Test
    void aReferenceToAStepInAnotherBranchIsRefusedNamingStepAndReference() {
        InvalidInputException e = refused("[" + IF_ELSE.replace("return 2", "return steps.step_c") + "]");
        assertEquals("steps[0].branches[1].steps[0].code", e.field());
        assertTrue(e.getMessage().contains("step_d") && e.getMessage().contains("steps.step_c"), e.getMessage());
    }

    @Test
    void aReferenceIntoABlockFromAfterItIsRefusedInCodeAndProps() {
        assertEquals("steps[1].code", refused("[" + IF_ELSE + "," + step("after", "steps.step_c") + "]").field());
        assertEquals("steps[1].props.x", refused("[" + IF_ELSE + ",{\"name\":\"after\",\"code\":\"x\",\"props\":"
                + "{\"x\":\"{{steps['step_d'].$return_value}}\"}}]").field());
    }

    @Test
    void stepNamesAreUniqueAcrossBlocks() {
        assertEquals("steps[1].name", refused("[" + IF_ELSE + "," + step("step_c", "1") + "]").field());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\":\"w\",\"type\":\"delay\",\"delay_ms\":0}|steps[0].delay_ms",
        "{\"name\":\"w\",\"type\":\"delay\",\"delay_ms\":31536000001}|steps[0].delay_ms",
        "{\"name\":\"w\",\"type\":\"delay\"}|steps[0].delay_ms",
        "{\"name\":\"f\",\"type\":\"filter\"}|steps[0].condition",
        "{\"name\":\"f\",\"type\":\"filter\",\"condition\":{\"value\":1,\"operator\":\"nope\"}}|steps[0].condition.operator",
        "{\"name\":\"f\",\"type\":\"filter\",\"condition\":{\"value\":1,\"operator\":\"exists\",\"operand\":2}}|steps[0].condition.operand",
        "{\"name\":\"f\",\"type\":\"filter\",\"condition\":{\"value\":\"a\",\"operator\":\"matches\",\"operand\":\"(\"}}|steps[0].condition.operand",
        "{\"name\":\"f\",\"type\":\"filter\",\"condition\":{\"and\":[]}}|steps[0].condition",
        "{\"name\":\"f\",\"type\":\"filter\",\"condition\":{\"value\":1,\"operator\":\"exists\"},\"action\":\"stop\"}|steps[0].action",
        "{\"name\":\"i\",\"type\":\"if_else\",\"branches\":[{\"name\":\"a\",\"steps\":[]},{\"name\":\"b\",\"steps\":[]}]}|steps[0].branches[0].condition",
        "{\"name\":\"i\",\"type\":\"if_else\",\"branches\":[]}|steps[0].branches",
        "{\"name\":\"i\",\"type\":\"if_else\",\"branches\":[{\"name\":\"a b\",\"steps\":[]}]}|steps[0].branches[0].name",
        "{\"name\":\"s\",\"type\":\"switch\",\"cases\":[]}|steps[0].input",
        "{\"name\":\"s\",\"type\":\"switch\",\"input\":1,\"cases\":[{\"name\":\"d\",\"steps\":[]},{\"name\":\"e\",\"value\":1,\"steps\":[]}]}|steps[0].cases[0].value",
        "{\"name\":\"l\",\"type\":\"loop\",\"items\":\"nope\",\"steps\":[]}|steps[0].items",
        "{\"name\":\"l\",\"type\":\"loop\",\"items\":[],\"concurrency\":0,\"steps\":[]}|steps[0].concurrency",
        "{\"name\":\"p\",\"type\":\"parallel\",\"branches\":[{\"name\":\"a\",\"steps\":[{\"name\":\"x\",\"type\":\"bogus\"}]}]}|steps[0].branches[0].steps[0].type",
        "{\"name\":\"p\",\"type\":\"parallel\",\"branches\":[{\"name\":\"a\",\"steps\":[]}],\"extra\":1}|steps[0].extra",
    })
    void badBlocksAreRefusedNamingTheField(String block, String field) {
        assertEquals(field, refused("[" + block + "]").field());
    }

    @Test
    void delaysFromOneMillisecondToOneYearAreAccepted() {
        parse("[{\"name\":\"w\",\"type\":\"delay\",\"delay_ms\":1}]");
        parse("[{\"name\":\"w\",\"type\":\"delay\",\"delay_ms\":31536000000}]");
    }
}
