package io.millrace.it.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Concurrency, per-key limits, throttling, pausing and queue limits through the real server and broker. */
class ExecutionControlsIT {
    private static final String SLEEP_STEP = "export default defineComponent({ async run({ steps }) {"
            + " await new Promise(r => setTimeout(r, Number(steps.trigger.event.query.ms || 0)));"
            + " return steps.trigger.event.body } })";
    private final Api api = Api.server();

    private JsonObject workflow(String name, String settings) {
        return api.createHttpWorkflow(name, JsCode.steps(JsCode.step("work", SLEEP_STEP)), settings);
    }

    private Api.Reply send(JsonObject wf, int ms, String body) {
        return api.raw(api.request(Api.endpoint(wf) + "?ms=" + ms).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Waits until {@code count} executions succeeded, reading every page of the list. */
    private List<Run> awaitRuns(JsonObject wf, int count) {
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            List<JsonObject> done = allExecutions(wf.getString("id")).stream()
                    .filter(e -> e.getString("status").equals("success")).toList();
            if (done.size() >= count) {
                return done.stream().map(Run::of).sorted(Comparator.comparing(Run::createdAt)).toList();
            }
            Wait.pause();
        }
        throw new AssertionError("fewer than " + count + " successful executions of " + wf.getString("id"));
    }

    private List<JsonObject> allExecutions(String workflowId) {
        List<JsonObject> all = new java.util.ArrayList<>();
        String after = "";
        while (true) {
            JsonObject page = api.get("/v1/workflows/" + workflowId + "/executions?limit=100" + after).json();
            all.addAll(page.getJsonArray("data").getValuesAs(JsonObject.class));
            if (page.getJsonArray("data").size() < 100) {
                return all;
            }
            after = "&after=" + page.getJsonObject("page_info").getString("end_cursor");
        }
    }

    @Test
    void concurrencyOneRunsEventsOneAtATimeInArrivalOrder() {
        JsonObject wf = workflow("serial", "{\"concurrency\":1,\"queue_size\":1000}");
        for (int i = 0; i < 200; i++) {
            assertEquals(200, send(wf, 0, "{\"n\":" + i + "}").status());
        }
        List<Run> runs = awaitRuns(wf, 200);
        assertEquals(200, runs.size());
        for (int i = 1; i < runs.size(); i++) {
            assertTrue(!runs.get(i).started().isBefore(runs.get(i - 1).finished()),
                    "event " + i + " started before event " + (i - 1) + " finished");
        }
    }

    @Test
    void concurrencyNKeepsAtMostNInFlightAndUsesThem() {
        JsonObject wf = workflow("three-wide", "{\"concurrency\":3}");
        for (int i = 0; i < 9; i++) {
            send(wf, 400, "{}");
        }
        int max = Run.maxOverlap(awaitRuns(wf, 9));
        assertEquals(3, max, "at most 3, and 3 reached");
    }

    @Test
    void aConcurrencyKeySerialisesEachCustomerAndRunsCustomersInParallel() {
        JsonObject wf = workflow("per-customer",
                "{\"concurrency\":1,\"concurrency_key\":\"steps.trigger.event.body.customer\"}");
        for (int i = 0; i < 4; i++) {
            send(wf, 300, "{\"customer\":\"a\"}");
            send(wf, 300, "{\"customer\":\"b\"}");
        }
        List<Run> runs = awaitRuns(wf, 8);
        assertEquals(1, Run.maxOverlap(runs.stream().filter(r -> r.customer().equals("a")).toList()));
        assertEquals(1, Run.maxOverlap(runs.stream().filter(r -> r.customer().equals("b")).toList()));
        assertEquals(2, Run.maxOverlap(runs), "a and b ran side by side");
    }

    @Test
    void aThrottleStartsAtMostLimitPerFixedWindow() {
        JsonObject wf = workflow("throttled", "{\"throttle\":{\"limit\":2,\"interval_seconds\":2}}");
        for (int i = 0; i < 6; i++) {
            send(wf, 0, "{}");
        }
        List<Instant> dispatched = awaitRuns(wf, 6).stream().map(Run::dispatched).sorted().toList();
        long windowStart = dispatched.get(0).toEpochMilli();
        int inWindow = 0;
        int windows = 1;
        for (Instant d : dispatched) {
            if (d.toEpochMilli() >= windowStart + 2000) {
                windowStart = d.toEpochMilli();
                inWindow = 0;
                windows++;
            }
            inWindow++;
            assertTrue(inWindow <= 2, "more than 2 started in the window from " + windowStart + ": " + dispatched);
        }
        assertEquals(3, windows, "6 events at 2 per window need 3 windows: " + dispatched);
    }

    @Test
    void throttleLimitZeroHoldsEventsUntilItIsRaised() {
        JsonObject wf = workflow("paused", "{\"throttle\":{\"limit\":0,\"interval_seconds\":60}}");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, send(wf, 0, "{}").status());
        }
        Instant until = Instant.now().plusSeconds(1);
        while (Instant.now().isBefore(until)) {
            JsonObject queue = api.get("/v1/workflows/" + wf.getString("id") + "/queue").json().getJsonObject("data");
            assertEquals(3, queue.getInt("queued"));
            assertEquals(0, queue.getInt("in_flight") + queue.getInt("dispatched"));
            Wait.pause();
        }
        assertEquals(200, api.put("/v1/workflows/" + wf.getString("id"), "{\"settings\":{\"throttle\":null}}").status());
        assertEquals(3, awaitRuns(wf, 3).size());
        JsonObject queue = api.get("/v1/workflows/" + wf.getString("id") + "/queue").json().getJsonObject("data");
        assertEquals(0, queue.getInt("queued"));
    }

    @Test
    void aFullQueueAnswers429AndRecordsTheRefusal() {
        JsonObject wf = workflow("small-queue", "{\"concurrency\":1,\"queue_size\":2}");
        assertEquals(200, send(wf, 1500, "{}").status());
        assertEquals(200, send(wf, 0, "{}").status());
        assertEquals(200, send(wf, 0, "{}").status());
        Api.Reply refused = send(wf, 0, "{\"lost\":false}");
        assertEquals(429, refused.status());
        assertTrue(refused.error().getString("message").startsWith("Too Many Requests: Event Queue Full"), refused.body());
        JsonObject recorded = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("error"));
        assertEquals("Event Queue Full", recorded.getJsonObject("error").getString("name"));
        assertEquals(false, recorded.getJsonObject("trigger").getJsonObject("event").getJsonObject("body")
                .getBoolean("lost"));
        assertEquals(3, awaitRuns(wf, 3).size());
    }

    @Test
    void deletingAPausedWorkflowCancelsTheEventsWaitingAtItsGate() {
        JsonObject wf = workflow("deleted-while-paused", "{\"throttle\":{\"limit\":0,\"interval_seconds\":60}}");
        send(wf, 0, "{}");
        send(wf, 0, "{}");
        String executionId = api.get("/v1/workflows/" + wf.getString("id") + "/executions").json()
                .getJsonArray("data").getJsonObject(0).getString("id");
        assertEquals(204, api.delete("/v1/workflows/" + wf.getString("id")).status());
        assertEquals("cancelled", api.get("/v1/executions/" + executionId).json().getJsonObject("data")
                .getString("status"));
    }

    /** One successful execution's timings. */
    record Run(Instant createdAt, Instant dispatched, Instant started, Instant finished, String customer) {
        static Run of(JsonObject summary) {
            JsonObject full = Api.server().get("/v1/executions/" + summary.getString("id")).json().getJsonObject("data");
            JsonObject body = full.getJsonObject("trigger").getJsonObject("event").getJsonObject("body");
            return new Run(Instant.parse(full.getString("created_at")), Instant.parse(full.getString("dispatched_at")),
                    Instant.parse(full.getString("started_at")),
                    Instant.parse(full.getString("finished_at")), body == null ? "" : body.getString("customer", ""));
        }

        /** The largest number of runs in progress at one moment. */
        static int maxOverlap(List<Run> runs) {
            int max = 0;
            for (Run r : runs) {
                Instant t = r.started();
                int n = (int) runs.stream().filter(o -> !o.started().isAfter(t) && o.finished().isAfter(t)).count();
                max = Math.max(max, n);
            }
            return max;
        }
    }
}
