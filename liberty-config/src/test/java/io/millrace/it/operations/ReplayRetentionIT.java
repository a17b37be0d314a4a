package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.RetentionServer;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: the retention job (hourly, and {@code POST /v1/admin/retention/purge}) forgets bulk replays settled longer
 * ago than {@code MILLRACE_REPLAY_RETENTION_DAYS}: here 0 days, on the second server shared with the received-mail
 * retention test ({@link RetentionServer}), in a workspace of its own. The replays' executions stay.
 */
@ExtendWith(RetentionServer.class)
class ReplayRetentionIT {
    @Test
    void settledReplayJobsOlderThanTheRetentionArePurgedAndTheirReplaysKept() throws Exception {
        Api api = Users.inNewWorkspace(RetentionServer.get().admin(), "replay-retention").api();
        JsonObject wf = api.createHttpWorkflow("replay-retention", steps(step("ok",
                "export default defineComponent({ async run() { return 1 } })")));
        String original = api.runOnce(wf).getString("id");
        Api.Reply created = api.post("/v1/replays", "{\"execution_ids\": [\"" + original + "\"]}");
        assertEquals(202, created.status(), created.body());
        String job = "/v1/replays/" + created.json().getJsonObject("data").getString("id");
        Wait.until("the replay to complete", 90, () -> api.get(job).json().getJsonObject("data"),
                j -> j.getString("status").equals("completed"));
        Wait.until("its replay to run", 60, () -> api.get("/v1/executions/" + original).json()
                .getJsonObject("data").getJsonArray("replays"), r -> r.size() == 1);
        String replay = api.get("/v1/executions/" + original).json().getJsonObject("data")
                .getJsonArray("replays").getString(0);

        assertEquals("COMPLETED", RetentionPurgeIT.runPurge(RetentionServer.get().admin(), null));
        assertEquals(404, api.get(job).status(), "the settled job is purged");
        assertEquals(0, api.get("/v1/replays").json().getJsonArray("data").size());
        assertEquals(200, api.get("/v1/executions/" + replay).status(), "its replay execution stays");
    }
}
