package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-workflow retention (docs/workflow-format.md, settings): the purge job deletes what {@code retention_count}
 * and {@code retention_days} let go; {@code data_retention: false} and the {@code x-pd-nostore: 1} header keep an
 * execution's status and timings but no event, step results, logs or exports; such an execution cannot be
 * replayed or tested (409).
 */
class RetentionIT {
    private static final String LOGS_AND_EXPORTS = "export default defineComponent({ async run({ steps, $ }) {"
            + " console.log('secret', steps.trigger.event.query.n); $.export('n', steps.trigger.event.query.n);"
            + " return steps.trigger.event.query.n } })";

    private final Api api = Api.server();

    @Test
    void thePurgeKeepsTheNewestRetentionCountAndWhatIsYoungerThanRetentionDays() {
        JsonObject counted = api.createHttpWorkflow("keep-two", steps(step("s", LOGS_AND_EXPORTS)),
                "{\"retention_count\":2}");
        JsonObject aged = api.createHttpWorkflow("keep-a-day", steps(step("s", LOGS_AND_EXPORTS)),
                "{\"retention_days\":1}");
        JsonObject plain = api.createHttpWorkflow("keep-all", steps(step("s", LOGS_AND_EXPORTS)));
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ids.add(run(counted, "?n=" + i).getString("id"));
        }
        String young = run(aged, "?n=1").getString("id");
        String kept = run(plain, "?n=1").getString("id");

        assertEquals("COMPLETED", RetentionPurgeIT.runPurge(api, null));
        assertEquals(List.of(ids.get(3), ids.get(2)), executionIds(counted));
        assertEquals(404, api.get("/v1/executions/" + ids.get(0)).status());
        assertEquals(List.of(young), executionIds(aged));
        assertEquals(List.of(kept), executionIds(plain));

        // a change of settings applies at the next run
        Api.Reply put = api.put("/v1/workflows/" + counted.getString("id"), "{\"settings\":{\"retention_count\":1}}");
        assertEquals(200, put.status(), put.body());
        assertEquals("COMPLETED", RetentionPurgeIT.runPurge(api, null));
        assertEquals(List.of(ids.get(3)), executionIds(counted));
    }

    @Test
    void withoutDataRetentionAnExecutionKeepsStatusAndTimingsOnly() {
        JsonObject wf = api.createHttpWorkflow("no-data", steps(step("s", LOGS_AND_EXPORTS)), "{\"data_retention\":false}");
        assertEquals(false, wf.getJsonObject("settings").getBoolean("data_retention"));
        JsonObject ex = run(wf, "?n=42");
        assertEquals("success", ex.getString("status"));
        assertFalse(ex.getBoolean("data_stored"));
        assertTrue(ex.getJsonObject("trigger").isNull("event"), ex.toString());
        assertEquals(0, ex.getJsonArray("steps").size(), ex.toString());
        assertTrue(ex.getJsonNumber("duration_ms").longValue() >= 0);
        assertFalse(ex.isNull("started_at") || ex.isNull("finished_at"));
        assertFalse(ex.toString().contains("secret"), ex.toString());

        Api.Reply replay = api.post("/v1/executions/" + ex.getString("id") + "/replay", "");
        assertEquals(409, replay.status(), replay.body());
        assertTrue(replay.error().getString("message").contains("kept no event"), replay.body());
        assertEquals(409, api.post("/v1/executions/" + ex.getString("id") + "/test", "").status());

        Api.Reply bad = api.put("/v1/workflows/" + wf.getString("id"), "{\"settings\":{\"data_retention\":\"no\"}}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("settings.data_retention", bad.error().getString("field"));
        Api.Reply badCount = api.put("/v1/workflows/" + wf.getString("id"), "{\"settings\":{\"retention_count\":0}}");
        assertEquals(400, badCount.status(), badCount.body());
        assertEquals("settings.retention_count", badCount.error().getString("field"));
    }

    @Test
    void theNoStoreHeaderKeepsNoDataForThatEventOnly() {
        JsonObject wf = api.createHttpWorkflow("nostore", steps(step("s", LOGS_AND_EXPORTS)));
        Api.Reply sent = api.raw(api.request(Api.endpoint(wf) + "?n=7").header("x-pd-nostore", "1").GET());
        assertEquals(200, sent.status(), sent.body());
        JsonObject hidden = api.awaitFinished(wf.getString("id"));
        assertEquals("success", hidden.getString("status"));
        assertFalse(hidden.getBoolean("data_stored"));
        assertTrue(hidden.getJsonObject("trigger").isNull("event"));
        assertEquals(0, hidden.getJsonArray("steps").size());
        assertEquals(409, api.post("/v1/executions/" + hidden.getString("id") + "/replay", "").status());

        JsonObject stored = run(wf, "?n=8");
        assertTrue(stored.getBoolean("data_stored"));
        assertEquals("8", stored.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
        assertEquals(200, api.post("/v1/executions/" + stored.getString("id") + "/replay", "").status());
    }

    /** Triggers the workflow with {@code query} and waits until that execution has finished; returns it in full. */
    private JsonObject run(JsonObject wf, String query) {
        List<String> before = executionIds(wf);
        Api.Reply r = api.raw(api.request(Api.endpoint(wf) + query).GET());
        assertEquals(200, r.status(), r.body());
        return api.awaitExecution(wf.getString("id"), e -> !before.contains(e.getString("id"))
                && !e.getString("status").equals("queued") && !e.getString("status").equals("executing"));
    }

    private List<String> executionIds(JsonObject wf) {
        List<String> ids = new ArrayList<>();
        for (JsonValue v : api.get("/v1/workflows/" + wf.getString("id") + "/executions?limit=100").json()
                .getJsonArray("data")) {
            ids.add(v.asJsonObject().getString("id"));
        }
        return ids;
    }
}
