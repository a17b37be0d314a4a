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
class RetentionPurgeIT {
    private final Api api = Api.server();

    @Test
    void purgeWithZeroRetentionDeletesFinishedExecutionsAndKeepsLongerRetentions() {
        JsonObject wf = api.createHttpWorkflow("purged", steps(step("s",
                "export default defineComponent({ async run() { return 1 } })")));
        JsonObject ex = api.runOnce(wf);

        assertEquals("COMPLETED", runPurge(30));
        assertEquals(200, api.get("/v1/executions/" + ex.getString("id")).status());

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
        Api.Reply started = api.post("/v1/admin/retention/purge?retention_days=" + days, "");
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonObject("data").getJsonNumber("id").longValue();
        Instant until = Instant.now().plusSeconds(60);
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
