package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.JsonText;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowDiffTest {
    private static StepSpec step(String name, String code) {
        return new StepSpec(name, "code", "javascript", code, JsonValue.EMPTY_JSON_OBJECT);
    }

    private static StepSpec step(String name, String code, String props) {
        return new StepSpec(name, "code", "javascript", code, JsonText.parseObject(props));
    }

    private static WorkflowDefinition def(String name, List<TriggerSpec> triggers, String settings, StepSpec... steps) {
        return new WorkflowDefinition(name, triggers, List.of(steps), JsonText.parseObject(settings));
    }

    private static final List<TriggerSpec> HTTP = List.of(new TriggerSpec("http", null));

    private static List<String> names(JsonArray entries, String field) {
        return entries.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
    }

    @Test
    void equalDefinitionsDifferInNothing() {
        WorkflowDefinition d = def("w", HTTP, "{\"timeout_seconds\":30}", step("a", "x"), step("b", "y"));
        JsonObject diff = WorkflowDiff.between(1, d, 2, d);
        assertFalse(diff.getBoolean("changed"));
        assertEquals(JsonValue.NULL, diff.get("name"));
        for (String list : List.of("added", "removed", "renamed", "moved", "changed")) {
            assertTrue(diff.getJsonObject("steps").getJsonArray(list).isEmpty(), list);
        }
        assertEquals(1, diff.getInt("from"));
        assertEquals(2, diff.getInt("to"));
    }

    @Test
    void anInsertedStepIsAddedAndMovesNoOther() {
        WorkflowDefinition from = def("w", HTTP, "{}", step("a", "1"), step("b", "2"), step("c", "3"));
        WorkflowDefinition to = def("w", HTTP, "{}", step("a", "1"), step("new", "9"), step("b", "2"), step("c", "3"));
        JsonObject steps = WorkflowDiff.between(1, from, 2, to).getJsonObject("steps");
        assertEquals(List.of("new"), names(steps.getJsonArray("added"), "name"));
        assertEquals(1, steps.getJsonArray("added").getJsonObject(0).getInt("position"));
        assertTrue(steps.getJsonArray("moved").isEmpty(), steps.toString());
        assertTrue(steps.getJsonArray("changed").isEmpty(), steps.toString());
    }

    @Test
    void aStepTakenToTheFrontIsMovedAndTheOthersKeepTheirOrder() {
        WorkflowDefinition from = def("w", HTTP, "{}", step("a", "1"), step("b", "2"), step("c", "3"));
        WorkflowDefinition to = def("w", HTTP, "{}", step("c", "3"), step("a", "1"), step("b", "2"));
        JsonObject steps = WorkflowDiff.between(1, from, 2, to).getJsonObject("steps");
        assertEquals(List.of("c"), names(steps.getJsonArray("moved"), "name"));
        JsonObject moved = steps.getJsonArray("moved").getJsonObject(0);
        assertEquals(2, moved.getInt("from_position"));
        assertEquals(0, moved.getInt("to_position"));
    }

    @Test
    void aStepWithTheSameContentUnderANewNameIsRenamedNotAddedAndRemoved() {
        WorkflowDefinition from = def("w", HTTP, "{}", step("a", "1"), step("old_name", "2", "{\"n\":1}"));
        WorkflowDefinition to = def("w", HTTP, "{}", step("a", "1"), step("new_name", "2", "{\"n\":1}"),
                step("gone_in", "5"));
        JsonObject steps = WorkflowDiff.between(1, from, 2, to).getJsonObject("steps");
        JsonObject renamed = steps.getJsonArray("renamed").getJsonObject(0);
        assertEquals("old_name", renamed.getString("from"));
        assertEquals("new_name", renamed.getString("to"));
        assertEquals(List.of("gone_in"), names(steps.getJsonArray("added"), "name"));
        assertTrue(steps.getJsonArray("removed").isEmpty());
    }

    @Test
    void aRemovedStepIsNamedWithItsOldPosition() {
        WorkflowDefinition from = def("w", HTTP, "{}", step("a", "1"), step("b", "2"));
        WorkflowDefinition to = def("w", HTTP, "{}", step("b", "2"));
        JsonObject removed = WorkflowDiff.between(1, from, 2, to).getJsonObject("steps").getJsonArray("removed")
                .getJsonObject(0);
        assertEquals("a", removed.getString("name"));
        assertEquals(0, removed.getInt("position"));
    }

    @Test
    void aChangedStepNamesItsFieldsAndGivesAUnifiedDiffOfItsCode() {
        String oldCode = "line1\nline2\nline3\nline4\nline5\nline6\nline7\nline8";
        String newCode = "line1\nline2\nline3\nline4 changed\nline5\nline6\nline7\nline8";
        WorkflowDefinition from = def("w", HTTP, "{}", step("a", oldCode, "{\"n\":1}"));
        WorkflowDefinition to = def("w", HTTP, "{}", step("a", newCode, "{\"n\":2}"));
        JsonObject diff = WorkflowDiff.between(3, from, 5, to);
        assertTrue(diff.getBoolean("changed"));
        JsonObject changed = diff.getJsonObject("steps").getJsonArray("changed").getJsonObject(0);
        assertEquals("a", changed.getString("name"));
        assertEquals(List.of("props", "code"), changed.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(JsonText.parse("{\"from\":{\"n\":1},\"to\":{\"n\":2}}"), changed.getJsonObject("values").get("props"));
        assertEquals("""
                --- a/steps/a
                +++ b/steps/a
                @@ -1,7 +1,7 @@
                 line1
                 line2
                 line3
                -line4
                +line4 changed
                 line5
                 line6
                 line7
                """, changed.getString("code_diff"));
    }

    @Test
    void propsAloneChangedHasNoCodeDiff() {
        WorkflowDefinition from = def("w", HTTP, "{}", step("a", "x", "{\"n\":1}"));
        WorkflowDefinition to = def("w", HTTP, "{}", step("a", "x", "{\"n\":2}"));
        JsonObject changed = WorkflowDiff.between(1, from, 2, to).getJsonObject("steps").getJsonArray("changed")
                .getJsonObject(0);
        assertEquals(JsonValue.NULL, changed.get("code_diff"));
    }

    @Test
    void triggersSettingsAndNameChangesAreListed() {
        List<TriggerSpec> both = List.of(new TriggerSpec("http", null), new TriggerSpec("source", "dc_1"));
        WorkflowDefinition from = def("old", HTTP, "{\"timeout_seconds\":30,\"auto_retry\":true}");
        WorkflowDefinition to = def("new", both, "{\"timeout_seconds\":60,\"concurrency\":1}");
        JsonObject diff = WorkflowDiff.between(1, from, 2, to);
        assertEquals(JsonText.parse("{\"from\":\"old\",\"to\":\"new\"}"), diff.get("name"));
        assertEquals(JsonText.parse("{\"added\":[{\"type\":\"source\",\"source_id\":\"dc_1\"}],\"removed\":[]}"),
                diff.get("triggers"));
        assertEquals(JsonText.parse("{\"added\":{\"concurrency\":1},\"removed\":{\"auto_retry\":true},"
                + "\"changed\":{\"timeout_seconds\":{\"from\":30,\"to\":60}}}"), diff.get("settings"));
        assertTrue(diff.getBoolean("changed"));
    }

    @Test
    void longestIncreasingKeepsTheLongestRunInOrder() {
        boolean[] kept = StepDiff.longestIncreasing(new int[] {2, 0, 1, 3});
        assertEquals("[false, true, true, true]", java.util.Arrays.toString(kept));
    }
}
