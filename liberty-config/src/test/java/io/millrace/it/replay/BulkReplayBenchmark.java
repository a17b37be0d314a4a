package io.millrace.it.replay;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Bulk replay of {@code bench.events} (default 10,000) events: the rate of a replay job by filter, and a second job
 * of the same events interrupted by a {@code kill -9} of the server, resumed by the server at its start, with the
 * originals lost (fewer than two replays) and duplicated (more than two) counted. A benchmark, not a test: run it with
 * {@code mvn -B verify -pl liberty-config -Dit.test=BulkReplayBenchmark} (docs/PERFORMANCE.md).
 */
class BulkReplayBenchmark {
    private static final int EVENTS = Integer.getInteger("bench.events", 10_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private final Api api = Api.server();

    @Test
    void replayTenThousandAndResumeAfterKill9() throws Exception {
        JsonObject wf = api.createHttpWorkflow("bench-replay", steps(step("s",
                "export default defineComponent({ async run({ steps }) { return steps.trigger.event.body.n } })")));
        String wfId = wf.getString("id");
        long sendStart = System.nanoTime();
        send(Api.endpoint(wf));
        Wait.until("the originals to succeed", 1800, () -> count(wfId, "false", "success"), c -> c >= EVENTS);
        System.out.printf("BULK-REPLAY: %d originals sent and run in %.1f s%n", EVENTS, seconds(sendStart));

        String filter = "{\"filter\": {\"workflow_id\": \"" + wfId + "\", \"replayed\": false}}";
        long start = System.nanoTime();
        JsonObject job = created(api.post("/v1/replays", filter));
        double frozen = seconds(start);
        JsonObject done = Wait.until("the first job to complete", 3600, () -> job(job.getString("id")),
                j -> j.getString("status").equals("completed"));
        double jobSeconds = seconds(start);
        Wait.until("the replays to run", 3600, () -> count(wfId, "true", "success"), c -> c >= EVENTS);
        double allRun = seconds(start);
        System.out.printf("BULK-REPLAY: job 1 replayed %d in %.1f s (selection frozen in %.1f s): %.0f replays/s;"
                        + " job's own rate %.1f/s; all %d replays run after %.1f s (%.0f executions/s end to end)%n",
                done.getInt("done"), jobSeconds, frozen, EVENTS / jobSeconds, done.getJsonNumber("rate_per_second")
                        .doubleValue(), EVENTS, allRun, EVENTS / allRun);

        JsonObject second = created(api.post("/v1/replays", filter));
        JsonObject before = Wait.until("a third of job 2", 3600, () -> job(second.getString("id")),
                j -> j.getInt("done") >= EVENTS / 3);
        LibertyServer server = LibertyServer.itServer();
        long killAt = System.nanoTime();
        server.kill();
        server.start();
        double restart = seconds(killAt);
        JsonObject after = Wait.until("job 2 to complete after the restart", 3600, () -> job(second.getString("id")),
                j -> j.getString("status").equals("completed"));
        double resumed = seconds(killAt);
        Wait.until("every replay to run", 3600, () -> count(wfId, "true", "success"), c -> c >= 2 * EVENTS);
        Map<String, Integer> perOriginal = replaysPerOriginal(wfId);
        long lost = perOriginal.values().stream().filter(n -> n < 2).count() + (EVENTS - perOriginal.size());
        long duplicated = perOriginal.values().stream().filter(n -> n > 2).count();
        System.out.printf("BULK-REPLAY: job 2 killed at %d/%d done; server ready again after %.1f s; job completed"
                        + " %.1f s after the kill (done %d, failed %d, skipped %d); lost %d, duplicated %d%n",
                before.getInt("done"), EVENTS, restart, resumed, after.getInt("done"), after.getInt("failed"),
                after.getInt("skipped"), lost, duplicated);
        assertEquals(0, lost);
        assertEquals(0, duplicated);
    }

    private void send(String endpoint) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < EVENTS; n = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"n\": " + n + "}")).build();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        assertEquals(0, refused.get(), "every original was accepted");
    }

    private JsonObject created(Api.Reply r) {
        assertEquals(202, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private JsonObject job(String id) {
        Api.Reply r = api.get("/v1/replays/" + id);
        return r.status() == 200 ? r.json().getJsonObject("data")
                : jakarta.json.Json.createObjectBuilder().add("status", "unreachable").add("done", -1).build();
    }

    private int count(String wfId, String replayed, String status) {
        Api.Reply r = api.get("/v1/executions/counts?workflow_id=" + wfId + "&replayed=" + replayed);
        return r.status() == 200 ? r.json().getJsonObject("data").getInt(status) : -1;
    }

    private Map<String, Integer> replaysPerOriginal(String wfId) {
        Map<String, Integer> counts = new HashMap<>();
        String after = null;
        while (true) {
            Api.Reply r = api.get("/v1/executions?workflow_id=" + wfId + "&replayed=true&limit=100"
                    + (after == null ? "" : "&after=" + after));
            assertEquals(200, r.status(), r.body());
            var data = r.json().getJsonArray("data").getValuesAs(JsonObject.class);
            data.forEach(e -> counts.merge(e.getString("replay_of"), 1, Integer::sum));
            JsonValue end = r.json().getJsonObject("page_info").get("end_cursor");
            if (data.size() < 100 || end == null || end.getValueType() != JsonValue.ValueType.STRING) {
                return counts;
            }
            after = Api.encode(r.json().getJsonObject("page_info").getString("end_cursor"));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
