package io.millrace.application.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate applied: what is dispatched, with which message, and when the workflow is looked at again. */
class DispatcherTest {
    private final InMemoryWorkflows workflows = new InMemoryWorkflows();
    private final InMemoryExecutions executions = new InMemoryExecutions();
    private final RecordingQueue queue = new RecordingQueue();
    private final Dispatcher dispatcher = EngineRig.dispatcher(workflows, executions, queue);
    private int count;

    private Execution waiting(Workflow wf, String key) {
        count++;
        Execution e = new Execution("ex_" + count, wf.id(), wf.deploymentId(), "hi_1", "{}", "{}", count);
        e.gateKey(key);
        executions.add(e);
        return e;
    }

    private List<String> dispatched() {
        return queue.sent.stream().map(RecordingQueue.Sent::executionId).toList();
    }

    @Test
    void dispatchLocksTheWorkflowAndLetsThroughWhatTheConcurrencyAllowsInArrivalOrder() {
        Workflow wf = EngineRig.workflow(workflows, "p_1", "{\"concurrency\":2}", "a");
        Execution a = waiting(wf, "");
        waiting(wf, "");
        waiting(wf, "");

        dispatcher.dispatch(wf.id());

        assertEquals(List.of("p_1"), workflows.locked);
        assertEquals(List.of("ex_1", "ex_2"), dispatched());
        assertTrue(a.dispatched());
        assertEquals(new RecordingQueue.Sent("ex_1", 0, 0), queue.sent.get(0));

        dispatcher.dispatch(wf.id());
        assertEquals(List.of("ex_1", "ex_2"), dispatched(), "both slots are taken");
    }

    @Test
    void anExecutionNeverPassesAnEarlierOneWithTheSameKey() {
        Workflow wf = EngineRig.workflow(workflows, "p_1",
                "{\"concurrency\":1,\"concurrency_key\":\"steps.trigger.event.body.customer\"}", "a");
        waiting(wf, "alice");
        waiting(wf, "alice");
        waiting(wf, "bob");

        dispatcher.dispatch(wf.id());

        assertEquals(List.of("ex_1", "ex_3"), dispatched());
    }

    @Test
    void withoutControlsEveryWaitingExecutionGoes() {
        Workflow wf = EngineRig.workflow(workflows, "p_1", "{\"concurrency\":1}", "a");
        waiting(wf, "");
        waiting(wf, "");
        EngineRig.deploy(workflows, wf, "{}", "a"); // the controls were removed

        dispatcher.dispatch(wf.id());

        assertEquals(List.of("ex_1", "ex_2"), dispatched());
        assertEquals(List.of(), queue.wakeUps);
    }

    @Test
    void theThrottleHoldsEventsBackAndSchedulesOneWakeUpAtTheEndOfTheWindow() {
        Workflow wf = EngineRig.workflow(workflows, "p_1", "{\"throttle\":{\"limit\":1,\"interval_seconds\":60}}", "a");
        waiting(wf, "");
        waiting(wf, "");
        long before = System.currentTimeMillis();

        dispatcher.dispatch(wf.id());
        dispatcher.dispatch(wf.id());

        assertEquals(List.of("ex_1"), dispatched());
        assertEquals(1, wf.windowCount());
        assertEquals(1, queue.wakeUps.size(), "an earlier wake-up is not sent again");
        long at = queue.wakeUps.get(0).epochMillis();
        assertTrue(at >= before + 60_000 && at <= System.currentTimeMillis() + 60_000);
        assertEquals(at, wf.wakeUpAt());
    }

    @Test
    void aWakeUpClearsTheScheduledTimeAndLooksAgain() {
        Workflow wf = EngineRig.workflow(workflows, "p_1", "{\"throttle\":{\"limit\":1,\"interval_seconds\":60}}", "a");
        waiting(wf, "");
        wf.throttleWindow(System.currentTimeMillis() - 61_000, 1); // the window has ended
        wf.wakeUpAt(System.currentTimeMillis());

        dispatcher.wakeUp(wf.id());

        assertEquals(List.of("ex_1"), dispatched());
        assertNull(wf.wakeUpAt());
    }

    @Test
    void nothingWaitingNothingChanges() {
        Workflow wf = EngineRig.workflow(workflows, "p_1", "{\"throttle\":{\"limit\":1,\"interval_seconds\":60}}", "a");
        dispatcher.dispatch(wf.id());
        assertEquals(List.of(), queue.sent);
        assertNull(wf.windowStart());
        assertFalse(dispatcher.controls(wf).autoRetry());
        assertTrue(dispatcher.controls(wf).gated());
    }
}
