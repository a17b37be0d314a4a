package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The retention purge batch job deletes finished executions older than the retention period. */
public class RetentionPurgeIT {
    private final Api api = Api.server();

    @Test
    void purgeWithZeroRetentionDeletesFinishedExecutionsAndKeepsLongerRetentions() {
        JsonObject wf = api.createHttpWorkflow("purged", steps(step("s",
                "export default defineComponent({ async run() { return 1 } })")));
        JsonObject ex = api.runOnce(wf);

        Api.Reply replay = api.post("/v1/replays", "{\"filter\":{\"until\":\"2000-01-01\"}}");
        assertEquals(202, replay.status(), replay.body());
        String job = "/v1/replays/" + replay.json().getJsonObject("data").getString("id");
        Wait.until("the empty replay to complete", 60, () -> api.get(job).json().getJsonObject("data"),
                j -> j.getString("status").equals("completed"));

        assertEquals("COMPLETED", runPurge(30));
        assertEquals(200, api.get("/v1/executions/" + ex.getString("id")).status());
        assertEquals(200, api.get(job).status(), "a replay job settled within the replay retention (30 days) stays");

        assertEquals("COMPLETED", runPurge(0));
        assertEquals(404, api.get("/v1/executions/" + ex.getString("id")).status());
        assertEquals(0, api.get("/v1/workflows/" + wf.getString("id") + "/executions").json()
                .getJsonObject("page_info").getInt("total_count"));
    }

    @Test
    void badRetentionIsRejected() {
        Api.Reply reply = api.post("/v1/admin/retention/purge?retention_days=-1", "");
        assertEquals(400, reply.status());
        assertEquals("retention_days", reply.error().getString("field"));
        assertEquals(404, api.get("/v1/admin/jobs/999999").status());
    }

    private String runPurge(int days) {
        return runPurge(api, days);
    }

    /** Runs the retention job ({@code days} null: without {@code retention_days}) and returns its batch status. */
    public static String runPurge(Api api, Integer days) {
        Api.Reply started = api.post("/v1/admin/retention/purge" + (days == null ? "" : "?retention_days=" + days), "");
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonObject("data").getJsonNumber("id").longValue();
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            String status = api.get("/v1/admin/jobs/" + id).json().getJsonObject("data").getString("status");
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return status;
            }
            Wait.pause();
        }
        throw new AssertionError("purge job " + id + " did not finish");
    }
}
