package io.millrace.it.replay;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A bulk replay interrupted by a {@code kill -9}: {@value #EVENTS} originals, a replay job by filter through a small
 * queue, the server killed once some were replayed, started again; then the job must complete by itself, and every
 * original must have exactly one replay of that job (none lost, none twice), each run to success; the restart is in
 * the audit log as {@code replay.restarted} by the system.
 */
public final class CrashScenario {
    static final int EVENTS = 200;
    private static final String FAST = "export default defineComponent({ async run({ steps }) {"
            + " return steps.trigger.event.body.n } })";
    private static final String SLOW = "export default defineComponent({ async run({ steps }) {"
            + " await new Promise(r => setTimeout(r, 40)); return steps.trigger.event.body.n } })";

    private CrashScenario() {
    }

    /** Runs the scenario against {@code api}; {@code crash} kills the server and starts it again (until ready). */
    public static void run(Api api, Runnable crash) {
        JsonObject wf = api.createHttpWorkflow("replay-crash", steps(step("n", FAST)),
                "{\"concurrency\":4,\"queue_size\":1000}");
        String wfId = wf.getString("id");
        for (int n = 0; n < EVENTS; n++) {
            assertEquals(200, api.trigger(wf, "{\"n\": " + n + "}").status());
        }
        Wait.until("the originals to succeed", 120, () -> count(api, wfId, "false", "success"), c -> c == EVENTS);
        assertEquals(200, api.put("/v1/workflows/" + wfId, "{\"steps\":" + steps(step("n", SLOW))
                + ",\"settings\":{\"concurrency\":2,\"queue_size\":10}}").status());

        Api.Reply created = api.post("/v1/replays", "{\"filter\": {\"workflow_id\": \"" + wfId + "\"}}");
        assertEquals(202, created.status(), created.body());
        String jobId = created.json().getJsonObject("data").getString("id");
        assertEquals(EVENTS, created.json().getJsonObject("data").getInt("total"));
        JsonObject before = Wait.until("some replays", 120, () -> job(api, jobId), j -> j.getInt("done") >= 40);
        assertTrue(before.getInt("done") < EVENTS, "the job was still running at the kill: " + before);

        crash.run();

        JsonObject after = Wait.until("the job to complete after the restart", 300, () -> job(api, jobId),
                j -> j.getString("status").equals("completed"));
        assertEquals(EVENTS, after.getInt("done"), after.toString());
        assertEquals(0, after.getInt("failed"), after.toString());
        assertEquals(0, after.getInt("skipped"), after.toString());
        Api.Reply audited = api.get("/v1/workspaces/" + Workspaces.orgOf(api)
                + "/audit_log?action=replay.restarted&target_id=" + jobId);
        assertEquals(200, audited.status(), audited.body());
        List<JsonObject> restarts = audited.json().getJsonArray("data").getValuesAs(JsonObject.class);
        assertEquals(1, restarts.size(), "the restart at the server start is audited once: " + restarts);
        assertEquals("system", restarts.get(0).getJsonObject("actor").getString("type"), restarts.toString());
        assertEquals("server_start", restarts.get(0).getJsonObject("details").getString("cause"));

        List<String> replayOf = replaysOf(api, wfId);
        assertEquals(EVENTS, replayOf.size(), "one replay per original, none twice");
        assertEquals(EVENTS, new HashSet<>(replayOf).size(), "no original replayed twice");
        Set<String> originals = new HashSet<>(ids(api, wfId, "false"));
        assertEquals(originals, new HashSet<>(replayOf), "every original replayed");
        Wait.until("every replay to succeed", 180, () -> count(api, wfId, "true", "success"), c -> c == EVENTS);
    }

    private static JsonObject job(Api api, String jobId) {
        Api.Reply r = api.get("/v1/replays/" + jobId);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static int count(Api api, String wfId, String replayed, String status) {
        Api.Reply r = api.get("/v1/executions/counts?workflow_id=" + wfId + "&replayed=" + replayed);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data").getInt(status);
    }

    private static List<String> replaysOf(Api api, String wfId) {
        List<String> out = new ArrayList<>();
        for (JsonObject e : page(api, wfId, "true")) {
            out.add(e.getString("replay_of"));
        }
        return out;
    }

    private static List<String> ids(Api api, String wfId, String replayed) {
        return page(api, wfId, replayed).stream().map(e -> e.getString("id")).toList();
    }

    private static List<JsonObject> page(Api api, String wfId, String replayed) {
        List<JsonObject> all = new ArrayList<>();
        String after = null;
        while (true) {
            Api.Reply r = api.get("/v1/executions?workflow_id=" + wfId + "&replayed=" + replayed + "&limit=100"
                    + (after == null ? "" : "&after=" + after));
            assertEquals(200, r.status(), r.body());
            List<JsonObject> data = r.json().getJsonArray("data").getValuesAs(JsonObject.class);
            all.addAll(data);
            JsonValue end = r.json().getJsonObject("page_info").get("end_cursor");
            if (data.size() < 100 || end == null || end.getValueType() != JsonValue.ValueType.STRING) {
                return all;
            }
            after = Api.encode(r.json().getJsonObject("page_info").getString("end_cursor"));
        }
    }
}
