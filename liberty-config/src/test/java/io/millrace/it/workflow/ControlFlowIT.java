package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Control-flow blocks through the real server (seed pages /workflows/building-workflows/control-flow/*):
 * if/else, switch, filter, end workflow, delay, parallel and loop, alone and nested; the segment rule at deploy;
 * the path each execution took, as the execution API shows it.
 */
class ControlFlowIT {
    private final Api api = Api.server();

    /** A code step that returns the JavaScript expression {@code expression}. */
    private static String step(String name, String expression) {
        return Json.createObjectBuilder().add("name", name).add("code",
                "export default defineComponent({ async run({ steps, $ }) { return " + expression + " } })")
                .build().toString();
    }

    private static String rule(String value, String operator, String operandJson) {
        return "{\"value\":\"" + value + "\",\"operator\":\"" + operator + "\""
                + (operandJson == null ? "" : ",\"operand\":" + operandJson) + "}";
    }

    private JsonObject workflow(String name, String... steps) {
        return api.createHttpWorkflow(name + "-" + System.nanoTime(), "[" + String.join(",", steps) + "]");
    }

    /** Posts {@code body} to the workflow and waits for that execution to end; returns it in full. */
    private JsonObject run(JsonObject wf, String body) {
        Api.Reply r = api.trigger(wf, body);
        assertTrue(r.status() < 300, r.body());
        String marker = body;
        return api.awaitExecution(wf.getString("id"), e -> !List.of("queued", "executing", "paused").contains(e.getString("status"))
                && api.get("/v1/executions/" + e.getString("id")).json().getJsonObject("data")
                .getJsonObject("trigger").getJsonObject("event").toString().contains(marker.substring(1, marker.length() - 1)));
    }

    private static JsonObject at(JsonObject execution, String key) {
        for (JsonValue v : execution.getJsonArray("steps")) {
            JsonObject s = v.asJsonObject();
            if (key.equals(s.getString("path", s.getString("name")))) {
                return s;
            }
        }
        return null;
    }

    private static List<String> path(JsonObject execution) {
        return execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("path", s.getString("name"))).toList();
    }

    private String ifElse() {
        return "{\"name\":\"route\",\"type\":\"if_else\",\"branches\":["
                + "{\"name\":\"big\",\"condition\":" + rule("{{steps.trigger.event.body.n}}", "greater_than", "10")
                + ",\"steps\":[" + step("big_step", "'big'") + "]},"
                + "{\"name\":\"medium\",\"condition\":{\"and\":[" + rule("{{steps.trigger.event.body.n}}", "greater_than", "3")
                + "," + rule("{{steps.trigger.event.body.tag}}", "matches", "\"^v[0-9]+$\"") + "]},"
                + "\"steps\":[" + step("medium_step", "steps.trigger.event.body.n * 2") + "]},"
                + "{\"name\":\"otherwise\",\"steps\":[" + step("small_step", "'small'") + "]}]}";
    }

    @Test
    void ifElseRunsTheFirstMatchingBranchAndItsEndExportsTheBranchResult() {
        JsonObject wf = workflow("ifelse", step("start", "1"), ifElse(),
                step("after", "'after ' + steps.route.$return_value"));
        JsonObject medium = run(wf, "{\"n\":5,\"tag\":\"v2\"}");
        assertEquals("success", medium.getString("status"), medium.toString());
        assertEquals(List.of("start", "route/$start", "route/medium/medium_step", "route", "after"), path(medium));
        JsonObject start = at(medium, "route/$start");
        assertEquals("medium", start.getJsonObject("exports").getString("branch"));
        assertEquals(Json.createArrayBuilder().add("big").add("otherwise").build(),
                start.getJsonObject("exports").getJsonArray("skipped"));
        assertEquals("after 10", at(medium, "after").getString("$return_value"));

        JsonObject other = run(wf, "{\"n\":5,\"tag\":\"beta\"}");
        assertEquals(List.of("start", "route/$start", "route/otherwise/small_step", "route", "after"), path(other),
                "the AND group fails on the regular expression: the else branch runs");
        assertEquals("after small", at(other, "after").getString("$return_value"));
    }

    @Test
    void switchRunsTheFirstMatchingCaseOrTheDefault() {
        String sw = "{\"name\":\"kind\",\"type\":\"switch\",\"input\":\"{{steps.trigger.event.body.kind}}\",\"cases\":["
                + "{\"name\":\"user\",\"value\":\"user\",\"steps\":[" + step("on_user", "'user'") + "]},"
                + "{\"name\":\"order\",\"operator\":\"starts_with\",\"value\":\"order\",\"steps\":["
                + step("on_order", "'order'") + "]},"
                + "{\"name\":\"fallback\",\"steps\":[" + step("on_other", "'other'") + "]}]}";
        JsonObject wf = workflow("switch", sw, step("after", "steps.kind.$return_value"));
        assertEquals("order", at(run(wf, "{\"kind\":\"order-7\"}"), "after").getString("$return_value"));
        JsonObject other = run(wf, "{\"kind\":\"refund\"}");
        assertEquals(List.of("kind/$start", "kind/fallback/on_other", "kind", "after"), path(other));
    }

    @Test
    void filterContinuesOrEndsAndEndWorkflowGivesItsReason() {
        String filter = "{\"name\":\"only_ready\",\"type\":\"filter\",\"condition\":"
                + rule("{{steps.trigger.event.body.status}}", "string_equals", "\"ready\"") + "}";
        String end = "{\"name\":\"route\",\"type\":\"if_else\",\"branches\":[{\"name\":\"stop\",\"condition\":"
                + rule("{{steps.trigger.event.body.stop}}", "is_true", null)
                + ",\"steps\":[{\"name\":\"halt\",\"type\":\"end_workflow\",\"reason\":\"asked to stop\"}]}]}";
        JsonObject wf = workflow("filter", filter, end, step("process", "'processed'"));
        JsonObject passed = run(wf, "{\"status\":\"ready\",\"stop\":false}");
        assertEquals(List.of("only_ready", "route/$start", "route", "process"), path(passed));

        JsonObject filtered = run(wf, "{\"status\":\"draft\",\"stop\":false}");
        assertEquals("success", filtered.getString("status"));
        assertEquals(List.of("only_ready"), path(filtered), "nothing runs after the filter ends the workflow");

        JsonObject ended = run(wf, "{\"status\":\"ready\",\"stop\":true}");
        assertEquals("success", ended.getString("status"));
        assertEquals(List.of("only_ready", "route/$start", "route/stop/halt"), path(ended));
        assertEquals("asked to stop", at(ended, "route/stop/halt").getJsonObject("flow_exit").getString("reason"));
    }

    @Test
    void aDelayBlockPausesForItsTimeFromOneMillisecond() {
        JsonObject wf = workflow("delay", step("first", "1"), "{\"name\":\"wait\",\"type\":\"delay\",\"delay_ms\":1500}",
                "{\"name\":\"tiny\",\"type\":\"delay\",\"delay_ms\":1}", step("second", "2"));
        JsonObject done = run(wf, "{\"d\":1}");
        assertEquals("success", done.getString("status"), done.toString());
        assertEquals(List.of("first", "wait", "tiny", "second"), path(done));
        long paused = Instant.parse(at(done, "second").getString("started_at")).toEpochMilli()
                - Instant.parse(at(done, "first").getString("finished_at")).toEpochMilli();
        assertTrue(paused >= 1400, "the step after the delay started " + paused + " ms after the one before");

        for (String ms : List.of("0", "31536000001", "1.5")) {
            Api.Reply refused = api.post("/v1/workflows", "{\"name\":\"delay-bad\",\"triggers\":[{\"type\":\"http\"}],"
                    + "\"steps\":[{\"name\":\"wait\",\"type\":\"delay\",\"delay_ms\":" + ms + "}]}");
            assertEquals(400, refused.status(), refused.body());
            assertEquals("steps[0].delay_ms", refused.error().getString("field"));
        }
    }

    @Test
    void parallelRunsEveryMatchingBranchAndExportsEachBranchLastResult() {
        String parallel = "{\"name\":\"fan\",\"type\":\"parallel\",\"branches\":["
                + "{\"name\":\"a\",\"steps\":[" + step("a_step", "'A'") + "]},"
                + "{\"name\":\"b\",\"condition\":" + rule("{{steps.trigger.event.body.b}}", "is_true", null)
                + ",\"steps\":[" + step("b_step", "'B'") + "]},"
                + "{\"name\":\"c\",\"steps\":[" + step("c_one", "3") + "," + step("c_two", "steps.c_one.$return_value + 1") + "]}]}";
        JsonObject wf = workflow("parallel", parallel, step("after", "JSON.stringify(steps.fan.$return_value)"));
        JsonObject done = run(wf, "{\"b\":false}");
        assertEquals("success", done.getString("status"), done.toString());
        assertEquals("{\"a\":\"A\",\"c\":4}", at(done, "after").getString("$return_value"));
        assertEquals(Json.createArrayBuilder().add("b").build(),
                at(done, "fan/$start").getJsonObject("exports").getJsonArray("skipped"));
        assertEquals(null, at(done, "fan/b/b_step"), "a branch whose condition does not hold does not run");
    }

    @Test
    void aFailingBranchFailsTheBlockUnlessItContinuesOnFailure() {
        String branches = "\"branches\":[{\"name\":\"ok\",\"steps\":[" + step("fine", "1") + "]},"
                + "{\"name\":\"bad\",\"steps\":[" + step("broken", "(() => { throw new Error('boom') })()") + "]}]";
        JsonObject strict = workflow("par-fail", "{\"name\":\"fan\",\"type\":\"parallel\"," + branches + "}",
                step("after", "1"));
        JsonObject failed = run(strict, "{\"x\":1}");
        assertEquals("error", failed.getString("status"));
        assertNull(at(failed, "after"));

        JsonObject lenient = workflow("par-continue", "{\"name\":\"fan2\",\"type\":\"parallel\",\"continue_on_failure\":true,"
                + branches.replace("\"fine\"", "\"fine2\"").replace("\"broken\"", "\"broken2\"") + "}",
                step("after", "steps.fan2.$return_value.bad.$error.message"));
        JsonObject done = run(lenient, "{\"x\":2}");
        assertEquals("success", done.getString("status"), done.toString());
        assertEquals("boom", at(done, "after").getString("$return_value"));
    }

    @Test
    void blocksNestAnIfInsideAParallelInsideALoop() {
        String check = "{\"name\":\"check\",\"type\":\"if_else\",\"branches\":["
                + "{\"name\":\"big\",\"condition\":" + rule("{{steps.each.item}}", "greater_than", "10")
                + ",\"steps\":[" + step("big_one", "'big ' + steps.each.item") + "]},"
                + "{\"name\":\"small\",\"steps\":[" + step("small_one", "'small ' + steps.each.item") + "]}]}";
        String loop = "{\"name\":\"each\",\"type\":\"loop\",\"items\":\"{{steps.trigger.event.body.items}}\","
                + "\"concurrency\":2,\"steps\":[{\"name\":\"fan\",\"type\":\"parallel\",\"branches\":["
                + "{\"name\":\"left\",\"steps\":[" + check + "]},"
                + "{\"name\":\"right\",\"steps\":[" + step("right_one", "steps.each.index") + "]}]}]}";
        JsonObject wf = workflow("nested", loop, step("after", "JSON.stringify(steps.each.$return_value)"));
        JsonObject done = run(wf, "{\"items\":[3,42]}");
        assertEquals("success", done.getString("status"), done.toString());
        assertEquals("[{\"left\":\"small 3\",\"right\":0},{\"left\":\"big 42\",\"right\":1}]",
                at(done, "after").getString("$return_value"));
        assertNotNull(at(done, "each/1/fan/left/check/big/big_one"));
        assertNull(at(done, "each/1/fan/left/check/small/small_one"));

        JsonObject read = api.get("/v1/workflows/" + wf.getString("id")).json().getJsonObject("data");
        JsonObject loopBack = read.getJsonArray("steps").getJsonObject(0);
        assertEquals("loop", loopBack.getString("type"));
        assertEquals("parallel", loopBack.getJsonArray("steps").getJsonObject(0).getString("type"));
        Api.Reply again = api.put("/v1/workflows/" + wf.getString("id"), read.toString());
        assertEquals(200, again.status(), "the shape GET answers is accepted back: " + again.body());
    }

    @Test
    void aReplayFromAStepAfterABlockIsRefusedWith409AndFromTheBlockOrWholeRunsItAgain() {
        JsonObject wf = workflow("replay-blocks", step("first", "steps.trigger.event.body.n"), ifElse(),
                step("after", "steps.route.$return_value"));
        JsonObject original = run(wf, "{\"n\":20,\"replay\":1}");
        assertEquals("success", original.getString("status"), original.toString());
        String id = original.getString("id");

        Api.Reply after = api.post("/v1/executions/" + id + "/replay", "{\"from_step\":\"after\"}");
        assertEquals(409, after.status(), after.body());
        assertTrue(after.error().getString("message").contains("'route'"), "names the block: " + after.body());
        Api.Reply inside = api.post("/v1/executions/" + id + "/replay", "{\"from_step\":\"big_step\"}");
        assertEquals(400, inside.status(), "a step inside a block is no step to replay from: " + inside.body());
        assertEquals("from_step", inside.error().getString("field"));

        for (String body : List.of("{\"from_step\":\"route\"}", "")) {
            Api.Reply replayed = api.post("/v1/executions/" + id + "/replay", body);
            assertEquals(200, replayed.status(), replayed.body());
            String replayId = replayed.json().getJsonObject("data").getString("id");
            JsonObject done = io.millrace.it.support.Wait.until("replay " + replayId + " to end", 60,
                    () -> api.get("/v1/executions/" + replayId).json().getJsonObject("data"),
                    e -> !List.of("queued", "executing", "paused").contains(e.getString("status")));
            assertEquals("success", done.getString("status"), done.toString());
            assertEquals(List.of("first", "route/$start", "route/big/big_step", "route", "after"), path(done), body);
            assertEquals(!body.isEmpty(), at(done, "first").getBoolean("reused", false), body);
            assertEquals("big", at(done, "after").getString("$return_value"));
        }
    }

    @Test
    void aStepMayNotReferToAStepInsideABlockItIsNotIn() {
        String twoBranches = "{\"name\":\"route\",\"type\":\"if_else\",\"branches\":["
                + "{\"name\":\"one\",\"condition\":" + rule("{{steps.trigger.event.body.n}}", "exists", null)
                + ",\"steps\":[" + step("step_c", "1") + "]},"
                + "{\"name\":\"two\",\"steps\":[" + step("step_d", "steps.step_c.$return_value") + "]}]}";
        Api.Reply sibling = api.post("/v1/workflows", "{\"name\":\"refs\",\"triggers\":[{\"type\":\"http\"}],\"steps\":["
                + twoBranches + "]}");
        assertEquals(400, sibling.status(), sibling.body());
        assertEquals("steps[0].branches[1].steps[0].code", sibling.error().getString("field"));
        assertTrue(sibling.error().getString("message").contains("step_d") && sibling.error().getString("message")
                .contains("steps.step_c"), sibling.body());

        Api.Reply after = api.post("/v1/workflows", "{\"name\":\"refs\",\"triggers\":[{\"type\":\"http\"}],\"steps\":["
                + twoBranches.replace("steps.step_c.$return_value", "2") + ","
                + "{\"name\":\"step_f\",\"code\":\"export default defineComponent({ async run({ steps }) {"
                + " return steps.step_c } })\",\"props\":{\"x\":\"{{steps.step_d.$return_value}}\"}}]}");
        assertEquals(400, after.status(), after.body());
        assertEquals("steps[1].code", after.error().getString("field"));

        Api.Reply fine = api.post("/v1/workflows", "{\"name\":\"refs-ok\",\"triggers\":[{\"type\":\"http\"}],\"steps\":["
                + twoBranches.replace("steps.step_c.$return_value", "steps.trigger.event") + ","
                + step("step_f", "steps.route.$return_value") + "]}");
        assertEquals(200, fine.status(), "the end of the block is referable: " + fine.body());
    }

    private static void assertNull(JsonObject o) {
        assertNull(o, "expected no such step");
    }

    private static void assertNull(JsonObject o, String message) {
        assertTrue(o == null, message + ": " + o);
    }
}
