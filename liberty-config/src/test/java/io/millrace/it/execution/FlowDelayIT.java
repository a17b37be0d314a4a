package io.millrace.it.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@code $.flow.delay} through the real server (seed page /workflows/building-workflows/code/nodejs/delay):
 * the execution pauses at the end of the step, its next step runs after the delay, and the returned
 * {@code resume_url} and {@code cancel_url} work without an API key.
 */
class FlowDelayIT {
    private final Api api = Api.server();

    private JsonObject delayedWorkflow(String name, long delayMs) {
        return api.createHttpWorkflow(name + "-" + System.nanoTime(), JsCode.steps(
                JsCode.step("wait", "export default defineComponent({ async run({ $ }) {"
                        + " const urls = $.flow.delay(" + delayMs + "); $.export('urls', urls); return 'delayed' } })"),
                JsCode.step("after", "export default defineComponent({ async run({ steps }) {"
                        + " return 'after ' + steps.wait.$return_value } })")));
    }

    private JsonObject awaitStatus(JsonObject wf, String status) {
        return api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals(status));
    }

    @Test
    void theNextStepRunsOnlyAfterTheDelay() {
        JsonObject wf = delayedWorkflow("delay-short", 1500);
        assertEquals(200, api.trigger(wf).status());
        JsonObject done = awaitStatus(wf, "success");
        JsonObject wait = done.getJsonArray("steps").getJsonObject(0);
        JsonObject after = done.getJsonArray("steps").getJsonObject(1);
        assertEquals("after delayed", after.getString("$return_value"));
        long paused = Instant.parse(after.getString("started_at")).toEpochMilli()
                - Instant.parse(wait.getString("finished_at")).toEpochMilli();
        assertTrue(paused >= 1400, "the second step started " + paused + " ms after the first ended");
        assertEquals(0, done.getInt("attempts"), "a delay is not a retry");
    }

    @Test
    void theResumeUrlContinuesAPausedExecutionAtOnceWithoutAnApiKey() {
        JsonObject wf = delayedWorkflow("delay-resume", 3_600_000);
        api.trigger(wf);
        JsonObject paused = awaitStatus(wf, "paused");
        JsonObject urls = paused.getJsonArray("steps").getJsonObject(0).getJsonObject("exports").getJsonObject("urls");
        String resume = urls.getString("resume_url");
        assertTrue(resume.startsWith(api.base() + "/flow/" + paused.getString("id") + "/resume?token="), resume);

        Api.Reply wrong = api.raw(api.request(resume.replaceAll("token=.*", "token=guess")).GET());
        assertEquals(404, wrong.status());
        assertEquals(404, wrong.error().getInt("status"));
        Api.Reply crossed = api.raw(api.request(resume.replace("/resume?", "/cancel?")).GET());
        assertEquals(404, crossed.status(), "a resume token does not cancel");

        Api.Reply resumed = api.raw(api.request(resume).GET());
        assertEquals(200, resumed.status(), resumed.body());
        assertEquals("resumed", resumed.json().getJsonObject("data").getString("status"));
        JsonObject done = awaitStatus(wf, "success");
        assertEquals("after delayed", done.getJsonArray("steps").getJsonObject(1).getString("$return_value"));
        assertEquals(400, api.raw(api.request(resume).POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .status(), "a finished execution cannot be resumed");
    }

    @Test
    void theCancelUrlEndsThePausedExecutionAndNothingRunsAfter() {
        JsonObject wf = delayedWorkflow("delay-cancel", 3_600_000);
        api.trigger(wf);
        JsonObject paused = awaitStatus(wf, "paused");
        String cancel = paused.getJsonArray("steps").getJsonObject(0).getJsonObject("exports").getJsonObject("urls")
                .getString("cancel_url");
        Api.Reply cancelled = api.raw(api.request(cancel).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, cancelled.status(), cancelled.body());
        JsonObject done = awaitStatus(wf, "cancelled");
        assertEquals(1, done.getJsonArray("steps").size(), "the step after the delay never ran");
        assertFalse(done.getJsonArray("steps").toString().contains("after delayed"));
    }
}
