package io.millrace.it.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.Stores;
import io.millrace.it.support.Users;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code $.context.step_run_id} and {@code $.context.run.runs} through the real server: each run of a step writes
 * both to a data store. A step retried after failures (auto_retry, a new message each time) keeps its id and counts
 * its runs; other steps and executions have other ids. Runs interrupted by {@code kill -9}: see CrashRecoveryIT.
 */
class StepRunIdIT {
    private static final String RECORD = "await this.db.set(steps.trigger.context.id + '/' + this.step + '/' + $.context.run.runs,"
            + " $.context.step_run_id);";
    private final Api admin = Api.server();

    @Test
    void aRetriedStepKeepsItsIdAndCountsItsRunsWhileOtherStepsAndExecutionsHaveOtherIds() {
        Users.TestUser user = Users.inNewWorkspace(admin, "step-run-id");
        Api api = user.api();
        JsonObject store = Stores.create(api, user.projectId(), "step-runs");
        String first = "export default defineComponent({ props: { db: { type: 'data_store' }, step: { type: 'string' } },"
                + " async run({ steps, $ }) { " + RECORD + " return $.context.run.runs } })";
        String flaky = "export default defineComponent({ props: { db: { type: 'data_store' }, step: { type: 'string' } },"
                + " async run({ steps, $ }) { " + RECORD
                + " if ($.context.run.runs < 3) throw new Error('not yet'); return $.context.run.runs } })";
        JsonObject wf = api.createHttpWorkflow("step-run-id", "[" + step("first", first, store) + ","
                + step("flaky", flaky, store) + "]", "{\"auto_retry\":true}");
        api.trigger(wf);
        api.trigger(wf);

        List<JsonObject> done = WorkflowLists.awaitExecutions(api, wf.getString("id"), 2,
                e -> e.getString("status").equals("success"));
        Set<String> ids = new HashSet<>();
        for (JsonObject summary : done) {
            String ex = summary.getString("id");
            JsonObject full = api.get("/v1/executions/" + ex).json().getJsonObject("data");
            assertEquals(3, full.getJsonArray("steps").getJsonObject(1).getInt("$return_value"), "the third run succeeded");
            String firstId = value(api, store, ex + "/first/1");
            String flakyId = value(api, store, ex + "/flaky/1");
            assertEquals(flakyId, value(api, store, ex + "/flaky/2"), "the same id on the first retry");
            assertEquals(flakyId, value(api, store, ex + "/flaky/3"), "and on the second");
            assertEquals(404, api.get(Stores.record(store.getString("id"), ex + "/first/2")).status(),
                    "the first step ran once");
            assertNotEquals(firstId, flakyId);
            ids.add(firstId);
            ids.add(flakyId);
        }
        assertEquals(4, ids.size(), "two steps of two executions: four ids " + ids);
    }

    private static String step(String name, String code, JsonObject store) {
        return Json.createObjectBuilder().add("name", name).add("code", code)
                .add("props", Json.createObjectBuilder().add("db", store.getString("id")).add("step", name))
                .build().toString();
    }

    private static String value(Api api, JsonObject store, String key) {
        Api.Reply reply = api.get(Stores.record(store.getString("id"), key));
        assertEquals(200, reply.status(), key + ": " + reply.body());
        return reply.json().getJsonObject("data").getString("value");
    }
}
