package io.millrace.it.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.Wait;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server with events waiting at the gate, dispatched and running: after a restart
 * every accepted event completes, with exactly one stored result per step, and every step's side
 * effect happened once, except for steps that were running at the moment of the kill (they run
 * again: at most one per execution in flight, and concurrency is 2). A step that runs again has the same
 * {@code $.context.step_run_id} and a higher {@code $.context.run.runs}.
 */
class CrashRecoveryIT {
    private static final int EVENTS = 40;
    private static final int IN_FLIGHT = 2;
    private final Api api = Api.server();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    /** What each call said about its run: {@code step_run_id:runs}, in order, by step of an execution. */
    private final Map<String, List<String>> runs = new ConcurrentHashMap<>();
    private LocalHttpServer counter;

    @BeforeEach
    void startCounter() {
        counter = new LocalHttpServer().on("/effect", exchange -> {
            String[] query = exchange.getRequestURI().getQuery().split("&", 2);
            calls.merge(query[0], 1, Integer::sum);
            runs.computeIfAbsent(query[0], k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(query[1]);
            LocalHttpServer.answer(exchange, 204, null, null);
        }).start();
    }

    @AfterEach
    void stopCounter() {
        counter.close();
    }

    @Test
    void everyAcceptedEventCompletesAfterAKill9() {
        String effect = counter.url("/effect");
        String step = "export default defineComponent({ async run({ steps, $ }) {"
                + " await fetch('" + effect + "?' + steps.trigger.context.id + '-' + this.name"
                + " + '&' + $.context.step_run_id + ':' + $.context.run.runs);"
                + " await new Promise(r => setTimeout(r, 150)); return steps.trigger.event.query.n } })";
        String one = step.replace("this.name", "'one'");
        String two = step.replace("this.name", "'two'");
        JsonObject wf = api.post("/v1/workflows", "{\"name\":\"crash\",\"triggers\":[{\"type\":\"http\"}],"
                + "\"settings\":{\"concurrency\":2,\"queue_size\":1000},\"steps\":["
                + "{\"name\":\"one\",\"code\":" + jakarta.json.Json.createValue(one) + "},"
                + "{\"name\":\"two\",\"code\":" + jakarta.json.Json.createValue(two) + "}]}").json().getJsonObject("data");
        for (int i = 0; i < EVENTS; i++) {
            assertEquals(200, api.raw(api.request(Api.endpoint(wf) + "?n=" + i).GET()).status());
        }
        WorkflowLists.awaitExecutions(api, wf.getString("id"), 3, e -> e.getString("status").equals("success"));

        LibertyServer server = LibertyServer.itServer();
        server.kill();
        server.start();

        List<JsonObject> done = awaitAll(wf.getString("id"));
        assertEquals(EVENTS, done.size(), "every accepted event has one execution");
        for (JsonObject summary : done) {
            JsonObject ex = api.get("/v1/executions/" + summary.getString("id")).json().getJsonObject("data");
            assertEquals("success", ex.getString("status"), ex.toString());
            assertEquals(2, ex.getJsonArray("steps").size(), "one stored result per step");
            String n = ex.getJsonObject("trigger").getJsonObject("event").getJsonObject("query").getString("n");
            for (JsonValue s : ex.getJsonArray("steps")) {
                assertEquals(n, s.asJsonObject().getString("$return_value"));
                String key = ex.getString("id") + "-" + s.asJsonObject().getString("name");
                assertTrue(calls.getOrDefault(key, 0) >= 1, "the side effect of " + key + " happened");
            }
        }
        long repeated = calls.values().stream().filter(c -> c > 1).count();
        assertTrue(repeated <= IN_FLIGHT, "only steps interrupted by the kill ran twice: " + calls);
        assertTrue(calls.values().stream().allMatch(c -> c <= 2), "no step ran more than twice: " + calls);
        assertEquals(EVENTS * 2, calls.size());
        assertStableStepRunIds();
    }

    /** Every run of one step had the same step_run_id, no two steps the same, and runs went up with each run. */
    private void assertStableStepRunIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        runs.forEach((step, seen) -> {
            List<String> idsOfStep = seen.stream().map(s -> s.substring(0, s.lastIndexOf(':'))).distinct().toList();
            assertEquals(1, idsOfStep.size(), step + " kept its step_run_id: " + seen);
            ids.add(idsOfStep.get(0));
            List<Integer> numbers = seen.stream().map(s -> Integer.valueOf(s.substring(s.lastIndexOf(':') + 1))).toList();
            for (int i = 1; i < numbers.size(); i++) {
                assertTrue(numbers.get(i) > numbers.get(i - 1), step + " counted its runs: " + seen);
            }
        });
        assertEquals(EVENTS * 2, ids.size(), "one step_run_id per step of each execution");
        assertTrue(runs.values().stream().anyMatch(seen -> seen.size() > 1 || seen.get(0).endsWith(":2")),
                "some step was interrupted by the kill and ran again as run 2: " + runs);
    }

    private List<JsonObject> awaitAll(String workflowId) {
        Instant until = Instant.now().plusSeconds(120);
        List<JsonObject> all = new ArrayList<>();
        while (Instant.now().isBefore(until)) {
            all = api.get("/v1/workflows/" + workflowId + "/executions?limit=100").json().getJsonArray("data")
                    .getValuesAs(JsonObject.class);
            if (all.stream().allMatch(e -> e.getString("status").equals("success")) && all.size() >= EVENTS) {
                return all;
            }
            Wait.pause();
        }
        assertTrue(false, "not all executions finished: " + all);
        return all;
    }
}
