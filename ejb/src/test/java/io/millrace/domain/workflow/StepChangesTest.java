package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.JsonText;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether the steps before a replay's first step are the same in the live deployment as where the original ran. */
class StepChangesTest {
    private static StepSpec code(String name, String code) {
        return new StepSpec(name, "code", "javascript", code, JsonValue.EMPTY_JSON_OBJECT);
    }

    private final List<StepSpec> ranOn = List.of(code("fetch", "A"), code("transform", "B"), code("store", "C"));

    @Test
    void unchangedStepsBeforeThePositionAllowReuseWhateverComesAfter() {
        List<StepSpec> live = List.of(code("fetch", "A"), code("transform", "B"), code("store", "C fixed"), code("notify", "D"));
        assertNull(StepChanges.firstChangedBefore(ranOn, live, 2));
        assertNull(StepChanges.firstChangedBefore(ranOn, live, 0), "from the first step nothing is reused");
    }

    @Test
    void theFirstChangedStepIsNamed() {
        assertEquals("transform", StepChanges.firstChangedBefore(ranOn,
                List.of(code("fetch", "A"), code("transform", "B2"), code("store", "C2")), 2), "its code");
        assertEquals("fetch", StepChanges.firstChangedBefore(ranOn,
                List.of(code("fetch", "A2"), code("transform", "B2"), code("store", "C")), 2), "the first of two");
        assertEquals("renamed", StepChanges.firstChangedBefore(ranOn,
                List.of(code("fetch", "A"), code("renamed", "B"), code("store", "C")), 2), "its name");
        StepSpec withProps = new StepSpec("transform", "code", "javascript", "B", JsonText.parseObject("{\"limit\":5}"));
        assertEquals("transform", StepChanges.firstChangedBefore(ranOn,
                List.of(code("fetch", "A"), withProps, code("store", "C")), 2), "its props");
    }

    @Test
    void anInsertedOrReorderedStepIsAChange() {
        assertEquals("extra", StepChanges.firstChangedBefore(ranOn,
                List.of(code("fetch", "A"), code("extra", "X"), code("transform", "B"), code("store", "C")), 3));
        assertEquals("transform", StepChanges.firstChangedBefore(ranOn,
                List.of(code("transform", "B"), code("fetch", "A"), code("store", "C")), 2));
        assertEquals("new", StepChanges.firstChangedBefore(List.of(code("fetch", "A")),
                List.of(code("fetch", "A"), code("new", "N"), code("store", "C")), 2), "not in the original's deployment");
    }

    @Test
    void packagesAndComponentsCount() {
        StepSpec pinned = code("fetch", "A").withPackages(JsonText.parseObject("{\"lodash\":\"4.17.21\"}"));
        assertEquals("fetch", StepChanges.firstChangedBefore(List.of(pinned),
                List.of(code("fetch", "A").withPackages(JsonText.parseObject("{\"lodash\":\"4.17.20\"}")), code("b", "")), 1));
        StepSpec component = new StepSpec("fetch", "code", "javascript", "A", JsonValue.EMPTY_JSON_OBJECT,
                JsonValue.EMPTY_JSON_OBJECT, "http-get", "sc_1");
        StepSpec newer = new StepSpec("fetch", "code", "javascript", "A", JsonValue.EMPTY_JSON_OBJECT,
                JsonValue.EMPTY_JSON_OBJECT, "http-get", "sc_2");
        assertEquals("fetch", StepChanges.firstChangedBefore(List.of(component), List.of(newer, code("b", "")), 1));
        assertNull(StepChanges.firstChangedBefore(List.of(component), List.of(component, code("b", "")), 1));
    }

    @Test
    void aPositionOutsideTheLiveStepsIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> StepChanges.firstChangedBefore(ranOn, ranOn, 4));
    }
}
