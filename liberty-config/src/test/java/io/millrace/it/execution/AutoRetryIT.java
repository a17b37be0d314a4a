package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Auto-retry from the failed step with exponential backoff. The test server's backoff base is 50 ms
 * (MILLRACE_RETRY_BASE_SECONDS), so the 8 retries take about 13 s instead of 10 hours.
 */
class AutoRetryIT {
    private static final String ALWAYS_FAILS = "export default defineComponent({ async run() { throw new Error('service down') } })";
    private final Api api = Api.server();

    @Test
    void aFailedStepIsRetriedWithoutRunningEarlierStepsAgain() {
        JsonObject wf = api.createHttpWorkflow("flaky", steps(
                step("first", "export default defineComponent({ async run() { return 'kept' } })"),
                step("flaky", "export default defineComponent({ async run({ steps }) {"
                        + " if (Date.now() - Date.parse(steps.trigger.context.ts) < 2000) throw new Error('not yet');"
                        + " return steps.first.$return_value } })")),
                "{\"auto_retry\":true}");
        api.trigger(wf);
        JsonObject ex = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("success"));
        assertTrue(ex.getInt("attempts") >= 1, "retried at least once");
        JsonObject first = ex.getJsonArray("steps").getJsonObject(0);
        JsonObject flaky = ex.getJsonArray("steps").getJsonObject(1);
        assertEquals("kept", flaky.getString("$return_value"));
        assertEquals(2, ex.getJsonArray("steps").size());
        long triggered = Instant.parse(ex.getJsonObject("trigger").getJsonObject("context").getString("ts")).toEpochMilli();
        long firstFinished = Instant.parse(first.getString("finished_at")).toEpochMilli();
        long flakyStarted = Instant.parse(flaky.getString("started_at")).toEpochMilli();
        assertTrue(flakyStarted >= triggered + 2000, "the successful attempt ran after the flaky window");
        assertTrue(firstFinished < triggered + 2000, "the first step ran once, before the retries");
    }

    @Test
    void afterEightRetriesTheExecutionEndsInErrorAndNotifiesOnceAtTheEnd() {
        JsonObject wf = api.createHttpWorkflow("hopeless", steps(step("down", ALWAYS_FAILS)), "{\"auto_retry\":true}");
        api.trigger(wf);
        JsonObject ex = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("error"));
        assertEquals(8, ex.getInt("attempts"));
        assertEquals("service down", ex.getJsonObject("error").getString("message"));
        assertEquals(1, errorEvents(wf), "one notification, for the final failure");
    }

    @Test
    void notifyOnFirstErrorAlsoNotifiesTheFirstFailure() {
        JsonObject wf = api.createHttpWorkflow("noisy", steps(step("down", ALWAYS_FAILS)),
                "{\"auto_retry\":true,\"notify_on_first_error\":true}");
        api.trigger(wf);
        api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("error"));
        assertEquals(2, errorEvents(wf), "the first failure and the final one");
    }

    private int errorEvents(JsonObject wf) {
        return api.get("/v1/workflows/" + wf.getString("id") + "/$errors/event_summaries").json()
                .getJsonArray("data").size();
    }

    @Test
    void aWaitingRetryExportsItsAttemptAndItsUrlsRerunAndCancel() {
        JsonObject wf = api.createHttpWorkflow("waiting", steps(step("down", ALWAYS_FAILS)), "{\"auto_retry\":true}");
        api.trigger(wf);
        JsonObject paused = api.awaitExecution(wf.getString("id"),
                e -> e.getString("status").equals("paused") && e.getInt("attempts") >= 6);
        JsonObject step = paused.getJsonArray("steps").getJsonObject(0);
        assertEquals("paused", step.getString("status"));
        JsonObject attempt = step.getJsonObject("exports").getJsonObject("$attempt");
        assertEquals("service down", attempt.getJsonObject("error").getString("message"));
        assertTrue(step.getJsonObject("exports").getString("$summary").contains("service down"));
        int attemptsBefore = paused.getInt("attempts");

        Api.Reply rerun = api.post(attempt.getString("rerun_url").replaceFirst("^https?://[^/]+", ""), "");
        assertEquals(200, rerun.status(), rerun.body());
        api.awaitExecution(wf.getString("id"), e -> e.getInt("attempts") > attemptsBefore);

        JsonObject again = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("paused"));
        String cancelUrl = again.getJsonArray("steps").getJsonObject(0).getJsonObject("exports")
                .getJsonObject("$attempt").getString("cancel_url");
        assertEquals(200, api.post(cancelUrl.replaceFirst("^https?://[^/]+", ""), "").status());
        JsonObject cancelled = api.get("/v1/executions/" + paused.getString("id")).json().getJsonObject("data");
        assertEquals("cancelled", cancelled.getString("status"));
        assertEquals(400, api.post("/v1/executions/" + paused.getString("id") + "/cancel", "").status());
    }

    @Test
    void timeoutsAreNotRetried() {
        JsonObject wf = api.createHttpWorkflow("slow", steps(step("spin",
                "export default defineComponent({ async run() { while (true) {} } })")),
                "{\"auto_retry\":true,\"timeout_seconds\":1}");
        api.raw(api.request(Api.endpoint(wf)).POST(HttpRequest.BodyPublishers.noBody()));
        JsonObject ex = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("timeout"));
        assertEquals(0, ex.getInt("attempts"));
    }
}
