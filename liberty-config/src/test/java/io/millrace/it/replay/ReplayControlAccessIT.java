package io.millrace.it.replay;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a bulk replay is stopped, restarted and abandoned only by the member who started it and by the workspace's
 * admins and owner; another member gets a 403 JSON error (and still reads the job).
 */
class ReplayControlAccessIT {
    private static final String SLOW = "export default defineComponent({ async run({ steps }) {"
            + " await new Promise(r => setTimeout(r, 300)); return 1 } })";
    private final Api admin = Api.server();

    @Test
    void onlyTheStarterAndTheWorkspacesAdminsAndOwnerControlAJob() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "replay-access");
        Api owner = tenant.api();
        Api starter = Users.create(admin, "replay-starter", null, tenant.orgId(), false, "member").api();
        Api other = Users.create(admin, "replay-other", null, tenant.orgId(), false, "member").api();
        Api wsAdmin = Users.create(admin, "replay-wsadmin", null, tenant.orgId(), false, "admin").api();
        JsonObject wf = owner.createHttpWorkflow("replay-access", steps(step("slow", SLOW)),
                "{\"concurrency\":1,\"queue_size\":100}");
        for (int n = 0; n < 8; n++) {
            assertEquals(200, owner.trigger(wf, "{}").status());
        }
        String wfId = wf.getString("id");
        Wait.until("the originals to succeed", 120, () -> owner.get("/v1/executions/counts?workflow_id=" + wfId)
                .json().getJsonObject("data"), c -> c.getInt("success") == 8);

        Api.Reply created = starter.post("/v1/replays", "{\"filter\": {\"workflow_id\": \"" + wfId + "\"}}");
        assertEquals(202, created.status(), created.body());
        String job = "/v1/replays/" + created.json().getJsonObject("data").getString("id");

        assertForbidden(other.post(job + "/stop", ""));
        assertEquals(200, other.get(job).status(), "another member still reads the job");
        JsonObject stopping = data(starter.post(job + "/stop", ""));
        assertTrue(Set.of("stopping", "stopped").contains(stopping.getString("status")), stopping.toString());
        Wait.until("the job to stop", 60, () -> data(owner.get(job)), j -> j.getString("status").equals("stopped"));

        assertForbidden(other.post(job + "/restart", ""));
        assertForbidden(other.post(job + "/abandon", ""));
        assertEquals("stopped", data(owner.get(job)).getString("status"), "a refused call changes nothing");
        JsonObject restarted = data(wsAdmin.post(job + "/restart", ""));
        assertTrue(Set.of("starting", "running", "completed").contains(restarted.getString("status")),
                restarted.toString());
        Api.Reply stop = owner.post(job + "/stop", "");
        assertTrue(stop.status() == 200 || stop.status() == 409, "the owner may: " + stop.status() + " " + stop.body());
        Wait.until("the job to settle", 120, () -> data(owner.get(job)),
                j -> Set.of("stopped", "completed").contains(j.getString("status")));
        if (data(owner.get(job)).getString("status").equals("stopped")) {
            assertEquals("abandoned", data(starter.post(job + "/abandon", "")).getString("status"));
        }
    }

    private static JsonObject data(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static void assertForbidden(Api.Reply r) {
        assertEquals(403, r.status(), r.body());
        JsonObject error = r.json().getJsonObject("error");
        assertEquals(403, error.getInt("status"));
        assertTrue(error.getString("message").contains("started the replay"), error.toString());
    }
}
