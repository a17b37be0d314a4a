package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.Wait;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of docs/PERFORMANCE.md, run on demand (not by {@code mvn verify}):
 * {@code mvn -B verify -pl liberty-config -Dit.test=ThroughputBenchmark}.
 * P1: sustained executions/s of a webhook workflow with one trivial step, every execution persisted,
 * against the bare throughput of a trivial JAX-RS endpoint in the same run. P3: {@code $.respond}
 * round-trip latency at a fixed 200 requests/s. Each is measured several times; medians are printed.
 */
class ThroughputBenchmark {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int LOW_RATE = Integer.getInteger("bench.respond.rate", 20);
    private final Api api = Api.server();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void measure() throws Exception {
        JsonObject trivial = api.createHttpWorkflow("bench-trivial", steps(step("s",
                "export default defineComponent({ async run({ steps }) { return steps.trigger.event.body.n } })")));
        JsonObject responder = api.createHttpWorkflow("bench-respond", steps(step("r",
                "export default defineComponent({ async run({ steps, $ }) { await $.respond({ status: 200, body: { n: steps.trigger.event.body.n } }) } })")));
        warmUp(trivial, responder);
        List<Double> bare = new ArrayList<>();
        List<Double> executions = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> lowP50 = new ArrayList<>();
        List<Double> lowP99 = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            bare.add(closedLoop(URI.create(api.base() + "/ping"), "GET", SECONDS).perSecond());
            executions.add(sustainedExecutions(trivial));
            double[] low = respondLatency(responder, LOW_RATE, SECONDS);
            lowP50.add(low[0]);
            lowP99.add(low[1]);
            double[] latency = respondLatency(responder, 200, SECONDS);
            p50.add(latency[0]);
            p99.add(latency[1]);
            awaitDrained(responder.getString("id"));
            System.out.printf("round %d: bare %.0f req/s, executions %.0f/s, respond at %d/s p50 %.1f p99 %.1f ms,"
                            + " at 200/s p50 %.1f p99 %.1f ms%n", round, bare.get(round - 1),
                    executions.get(round - 1), LOW_RATE, low[0], low[1], latency[0], latency[1]);
        }
        System.out.printf("MEDIAN: bare %.0f req/s | P1 %.0f executions/s (%.1f %% of bare) | P3 at %d/s p50 %.1f ms"
                        + " p99 %.1f ms | P3 at 200/s p50 %.1f ms p99 %.1f ms%n", median(bare), median(executions),
                100 * median(executions) / median(bare), LOW_RATE, median(lowP50), median(lowP99), median(p50),
                median(p99));
    }

    /** A workflow of 40 trivial sequential steps, end to end through the server: median execution duration. */
    @Test
    void fortySteps() {
        jakarta.json.JsonArrayBuilder forty = jakarta.json.Json.createArrayBuilder();
        for (int i = 0; i < 40; i++) {
            forty.add(jakarta.json.Json.createObjectBuilder().add("name", "s" + i)
                    .add("code", "export default defineComponent({ async run({ steps }) { return " + i + " } })"));
        }
        JsonObject wf = api.createHttpWorkflow("bench-forty", forty.build().toString());
        List<Double> durations = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < 140; i++) {
            api.trigger(wf);
            JsonObject newest = awaitNewestFinished(wf.getString("id"), previous);
            previous = newest.getString("id");
            assertEquals("success", newest.getString("status"));
            if (i >= 100) { // the first runs warm up the JVM and the JavaScript interpreter (measured: it takes ~100)
                durations.add((double) newest.getInt("duration_ms"));
            }
        }
        System.out.printf("FORTY: 40 trivial steps end to end, median %.0f ms (min %.0f, max %.0f) over %d runs%n",
                median(durations), Collections.min(durations), Collections.max(durations), durations.size());
    }

    /** The workflow's newest execution once it is another than {@code previous} and has finished. */
    private JsonObject awaitNewestFinished(String workflowId, String previous) {
        java.time.Instant until = java.time.Instant.now().plusSeconds(60);
        while (java.time.Instant.now().isBefore(until)) {
            var data = api.get("/v1/workflows/" + workflowId + "/executions?limit=1").json().getJsonArray("data");
            if (!data.isEmpty()) {
                JsonObject newest = data.getJsonObject(0);
                if (!newest.getString("id").equals(previous) && WorkflowLists.finished(newest)) {
                    return newest;
                }
            }
            Wait.pause();
        }
        throw new AssertionError("no new finished execution of " + workflowId + " within 60 s");
    }

    private void warmUp(JsonObject trivial, JsonObject responder) throws Exception {
        closedLoop(URI.create(api.base() + "/ping"), "GET", 3);
        closedLoop(URI.create(Api.endpoint(trivial)), "POST", 3);
        respondLatency(responder, 100, 3);
        awaitDrained(trivial.getString("id"));
    }

    /** Executions per second from the first request until every accepted event has finished. */
    private double sustainedExecutions(JsonObject wf) throws Exception {
        long before = successes(wf.getString("id"));
        Instant start = Instant.now();
        Load load = closedLoop(URI.create(Api.endpoint(wf)), "POST", SECONDS);
        awaitDrained(wf.getString("id"));
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        long done = successes(wf.getString("id")) - before;
        assertEquals(load.ok(), done, "every accepted event ran exactly once (no loss)");
        return done / seconds;
    }

    /** The workflow's successful executions, counted exactly ({@code total_count} of a list stops at 1,000). */
    private long successes(String workflowId) {
        return api.get("/v1/executions/counts?workflow_id=" + workflowId).json()
                .getJsonObject("data").getJsonNumber("success").longValue();
    }

    private void awaitDrained(String workflowId) throws InterruptedException {
        while (true) {
            JsonObject q = api.get("/v1/workflows/" + workflowId + "/queue").json().getJsonObject("data");
            if (q.getInt("queued") + q.getInt("dispatched") + q.getInt("in_flight") == 0) {
                return;
            }
            Thread.sleep(50);
        }
    }

    record Load(long ok, double seconds) {
        double perSecond() {
            return ok / seconds;
        }
    }

    /** CLIENTS requests in flight at all times for {@code seconds}. */
    private Load closedLoop(URI uri, String method, int seconds) throws Exception {
        Semaphore inFlight = new Semaphore(CLIENTS);
        AtomicLong ok = new AtomicLong();
        AtomicLong n = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long begin = System.nanoTime();
        while (System.nanoTime() < end) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{\"n\":" + n.incrementAndGet() + "}")).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e == null && r.statusCode() == 200) {
                    ok.incrementAndGet();
                }
                inFlight.release();
            });
        }
        inFlight.acquire(CLIENTS);
        return new Load(ok.get(), (System.nanoTime() - begin) / 1e9);
    }

    /** Open loop at {@code rate} requests/s: returns {p50, p99} in ms. */
    private double[] respondLatency(JsonObject wf, int rate, int seconds) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> all = new ArrayList<>();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            long sent = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create(Api.endpoint(wf)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"n\":" + i + "}")).build();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
                if (r.statusCode() == 200) {
                    latencies.add((System.nanoTime() - sent) / 1e6);
                }
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new double[] {percentile(sorted, 50), percentile(sorted, 99)};
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
