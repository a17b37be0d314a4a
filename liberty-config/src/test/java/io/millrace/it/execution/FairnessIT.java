package io.millrace.it.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.Wait;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One slow workflow must not hold up another's executions while a worker is free. The slow workflow keeps all
 * workers but one busy (its concurrency is workers − 1, and twice as many of its events wait at its gate); a fast
 * workflow's executions, sent meanwhile, must all start on the free worker at once. Before the fix each worker's
 * broker consumer buffered messages while its worker ran a slow step, so most fast executions waited for a slow
 * step to end although a worker was idle.
 */
class FairnessIT {
    /** Long enough that an execution held behind a slow step is unmistakable. */
    private static final long SLOW_STEP_MS = 10_000;
    private static final int PROBES = 24;
    /**
     * A trivial execution starts within tens of milliseconds of its event; one held behind a slow step waits for
     * that step to end, up to {@link #SLOW_STEP_MS}. Half of it leaves a loaded 2-core machine plenty of room.
     */
    private static final long START_BOUND_MS = SLOW_STEP_MS / 2;
    private static final String SLOW = "export default defineComponent({ async run() {"
            + " await new Promise(r => setTimeout(r, " + SLOW_STEP_MS + ")); return 'slow' } })";
    private static final String FAST = "export default defineComponent({ async run() { return 'fast' } })";

    private final Api api = Api.server();

    @Test
    void aFastWorkflowDoesNotWaitBehindASlowOneWhileAWorkerIsFree() {
        int workers = workers();
        assertTrue(workers >= 2, "the test needs at least 2 workers, the server has " + workers);
        int busy = workers - 1;
        JsonObject slow = api.createHttpWorkflow("fairness-slow", JsCode.steps(JsCode.step("sleep", SLOW)),
                "{\"concurrency\":" + busy + ",\"queue_size\":100}");
        JsonObject fast = api.createHttpWorkflow("fairness-fast", JsCode.steps(JsCode.step("quick", FAST)));
        api.runOnce(fast); // compiled and warm before it is measured

        for (int i = 0; i < 2 * busy; i++) {
            assertEquals(200, api.trigger(slow).status());
        }
        Wait.until("the slow workflow to occupy " + busy + " workers", 60,
                () -> count(slow, "executing"), n -> n >= busy);
        for (int i = 0; i < PROBES; i++) {
            assertEquals(200, api.trigger(fast).status());
            Wait.sleep(100);
        }

        List<Run> probes = WorkflowLists.awaitExecutions(api, fast.getString("id"), PROBES + 1,
                        e -> e.getString("status").equals("success"))
                .stream().map(Run::of).sorted(Comparator.comparing(Run::created)).skip(1).toList();
        List<Run> slowRuns = WorkflowLists.awaitExecutions(api, slow.getString("id"), 2 * busy,
                e -> e.getString("status").equals("success")).stream().map(Run::of).toList();
        Instant firstSlowEnd = slowRuns.stream().map(Run::finished).min(Comparator.naturalOrder()).orElseThrow();

        String delays = probes.stream().map(r -> r.waitedMillis() + " ms").collect(Collectors.joining(", "));
        System.out.println("FairnessIT: the fast executions waited " + delays + " to start");
        assertTrue(probes.get(probes.size() - 1).created().isBefore(firstSlowEnd),
                "every probe was sent while the first slow executions ran (the machine was too slow to tell)");
        for (Run probe : probes) {
            assertTrue(probe.waitedMillis() <= START_BOUND_MS,
                    "a fast execution waited " + probe.waitedMillis() + " ms to start; all waits: " + delays);
            assertTrue(probe.started().isBefore(firstSlowEnd),
                    "a fast execution waited until a slow one finished; all waits: " + delays);
        }
    }

    /** The execution workers attached to the queue, as readiness reports them. */
    private int workers() {
        JsonObject ready = api.raw(api.request("/health/ready").GET()).json();
        return ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("millrace")).findFirst().orElseThrow()
                .getJsonObject("data").getInt("workers");
    }

    private long count(JsonObject workflow, String status) {
        return api.get("/v1/workflows/" + workflow.getString("id") + "/executions?limit=100&status=" + status).json()
                .getJsonArray("data").size();
    }

    private record Run(Instant created, Instant started, Instant finished) {
        static Run of(JsonObject e) {
            return new Run(Instant.parse(e.getString("created_at")), Instant.parse(e.getString("started_at")),
                    Instant.parse(e.getString("finished_at")));
        }

        long waitedMillis() {
            return started.toEpochMilli() - created.toEpochMilli();
        }
    }
}
