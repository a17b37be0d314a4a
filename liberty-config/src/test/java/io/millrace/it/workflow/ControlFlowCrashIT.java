package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.Wait;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server while executions are inside a loop of parallel blocks: after the restart every
 * execution completes, each step of each path has exactly one stored result, each block was joined once, every
 * step's side effect happened, and only steps running at the moment of the kill ran twice (at most one per worker).
 * A parallel branch waiting in a delay block at the kill waits out the rest of its time after the restart.
 */
class ControlFlowCrashIT {
    private static final int EVENTS = 10;
    private static final int ITEMS = 3;
    /** Steps that may be running at the kill: one per worker (millrace.workers, 8), each lane being a message. */
    private static final int IN_FLIGHT = 8;
    private final Api api = Api.server();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private LocalHttpServer counter;

    @BeforeEach
    void startCounter() {
        counter = new LocalHttpServer().on("/effect", exchange -> {
            calls.merge(exchange.getRequestURI().getQuery(), 1, Integer::sum);
            LocalHttpServer.answer(exchange, 204, null, null);
        }).start();
    }

    @AfterEach
    void stopCounter() {
        counter.close();
    }

    private String step(String name) {
        String code = "export default defineComponent({ async run({ steps, $ }) {"
                + " await fetch('" + counter.url("/effect") + "?' + $.context.step_run_id);"
                + " await new Promise(r => setTimeout(r, 100)); return steps.each.item } })";
        return Json.createObjectBuilder().add("name", name).add("code", code).build().toString();
    }

    @Test
    void everyPathOfEveryExecutionCompletesOnceAfterAKill9() {
        String waiting = startALaneDelay();
        String loop = "{\"name\":\"each\",\"type\":\"loop\",\"items\":\"{{steps.trigger.event.body.items}}\",\"steps\":["
                + "{\"name\":\"fan\",\"type\":\"parallel\",\"branches\":["
                + "{\"name\":\"a\",\"steps\":[" + step("a_step") + "]},"
                + "{\"name\":\"b\",\"steps\":[" + step("b_step") + "]}]}]}";
        JsonObject wf = api.post("/v1/workflows", "{\"name\":\"blocks-crash\",\"triggers\":[{\"type\":\"http\"}],"
                + "\"settings\":{\"concurrency\":2,\"queue_size\":1000},\"steps\":[" + loop + "]}").json()
                .getJsonObject("data");
        for (int i = 0; i < EVENTS; i++) {
            assertEquals(200, api.trigger(wf, "{\"items\":[" + i + "," + (i + 100) + "," + (i + 200) + "]}").status());
        }
        WorkflowLists.awaitExecutions(api, wf.getString("id"), 2, e -> e.getString("status").equals("success"));

        LibertyServer server = LibertyServer.itServer();
        server.kill();
        server.start();

        List<JsonObject> done = awaitAll(wf.getString("id"));
        assertEquals(EVENTS, done.size());
        for (JsonObject summary : done) {
            JsonObject ex = api.get("/v1/executions/" + summary.getString("id")).json().getJsonObject("data");
            assertEquals("success", ex.getString("status"), ex.toString());
            List<String> paths = ex.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .map(s -> s.getString("path", s.getString("name"))).toList();
            // the loop's start and end; per item its hand-over, the parallel block's start, two hand-overs, two steps, end
            assertEquals(2 + ITEMS * 7, paths.size(), "one stored result per phase and step of each path: " + paths);
            assertEquals(paths.size(), new HashSet<>(paths).size(), "no path twice: " + paths);
            JsonObject items = ex.getJsonObject("trigger").getJsonObject("event").getJsonObject("body");
            assertEquals(items.getJsonArray("items").toString(), ex.getJsonArray("steps").getValuesAs(JsonObject.class)
                    .stream().filter(s -> "each".equals(s.getString("path", s.getString("name")))).findFirst()
                    .orElseThrow().get("$return_value").toString().replaceAll("\\{\"a\":(\\d+),\"b\":\\d+}", "$1"));
        }
        assertEquals(EVENTS * ITEMS * 2, calls.size(), "every step of every path had its effect, each with its own"
                + " step_run_id: " + calls.keySet());
        long repeated = calls.values().stream().filter(c -> c > 1).count();
        assertTrue(repeated <= IN_FLIGHT, "only steps interrupted by the kill ran twice: " + calls);
        assertTrue(calls.values().stream().allMatch(c -> c <= 2), "no step ran more than twice: " + calls);
        laneDelayWaitedItsTime(waiting);
    }

    private static final long LANE_DELAY_MS = 40_000;

    /** A parallel branch in a delay block of 40 s; returns its execution's id once the block is stored. */
    private String startALaneDelay() {
        String quick = "export default defineComponent({ async run() { return 1 } })";
        String fan = "{\"name\":\"fan\",\"type\":\"parallel\",\"branches\":["
                + "{\"name\":\"a\",\"steps\":[{\"name\":\"pause\",\"type\":\"delay\",\"delay_ms\":" + LANE_DELAY_MS
                + "}," + Json.createObjectBuilder().add("name", "after").add("code", quick).build() + "]},"
                + "{\"name\":\"b\",\"steps\":[" + Json.createObjectBuilder().add("name", "other").add("code", quick)
                .build() + "]}]}";
        JsonObject wf = api.post("/v1/workflows", "{\"name\":\"lane-delay-crash\",\"triggers\":[{\"type\":\"http\"}],"
                + "\"steps\":[" + fan + "]}").json().getJsonObject("data");
        assertEquals(200, api.trigger(wf, "{}").status());
        String id = WorkflowLists.awaitExecutions(api, wf.getString("id"), 1, e -> true).get(0).getString("id");
        Wait.until("the branch's delay block stored", 60, () -> stepAt(id, "fan/a/pause"), s -> s != null);
        return id;
    }

    /** The step after the delay block started no earlier than the block's time after the block, across the kill. */
    private void laneDelayWaitedItsTime(String id) {
        JsonObject ex = Wait.until("the lane delay's execution finished", 120,
                () -> api.get("/v1/executions/" + id).json().getJsonObject("data"),
                e -> !e.getString("status").equals("executing"));
        assertEquals("success", ex.getString("status"), ex.toString());
        long paused = Instant.parse(stepAt(id, "fan/a/pause").getString("finished_at")).toEpochMilli();
        long after = Instant.parse(stepAt(id, "fan/a/after").getString("started_at")).toEpochMilli();
        assertTrue(after - paused >= LANE_DELAY_MS - 500, "the branch went on " + (after - paused)
                + " ms after its delay block of " + LANE_DELAY_MS + " ms, across a kill -9");
    }

    private JsonObject stepAt(String executionId, String path) {
        return api.get("/v1/executions/" + executionId).json().getJsonObject("data").getJsonArray("steps")
                .getValuesAs(JsonObject.class).stream().filter(s -> path.equals(s.getString("path", null)))
                .findFirst().orElse(null);
    }

    private List<JsonObject> awaitAll(String workflowId) {
        Instant until = Instant.now().plusSeconds(120);
        List<JsonObject> all = new ArrayList<>();
        while (Instant.now().isBefore(until)) {
            all = api.get("/v1/workflows/" + workflowId + "/executions?limit=100").json().getJsonArray("data")
                    .getValuesAs(JsonObject.class);
            if (all.size() >= EVENTS && all.stream().allMatch(e -> e.getString("status").equals("success"))) {
                return all;
            }
            Wait.pause();
        }
        assertTrue(false, "not all executions finished: " + all);
        return all;
    }
}
