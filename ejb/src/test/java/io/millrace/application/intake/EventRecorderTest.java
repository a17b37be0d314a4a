package io.millrace.application.intake;

import io.millrace.application.execution.ExecutionFeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.application.execution.EngineRig;
import io.millrace.application.execution.InMemoryExecutions;
import io.millrace.application.execution.InMemoryWorkflows;
import io.millrace.application.execution.RecordingQueue;
import io.millrace.application.notification.ErrorEvents;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.workflow.Workflow;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Storing incoming events: the fast path, the gate, a full queue, and refusals. */
class EventRecorderTest {
    private final InMemoryWorkflows workflows = new InMemoryWorkflows();
    private final InMemoryExecutions executions = new InMemoryExecutions();
    private final RecordingQueue queue = new RecordingQueue();
    private final List<String> errorEvents = new ArrayList<>();
    private final List<String> counted = new ArrayList<>();
    private final EventRecorder recorder = new EventRecorder();

    EventRecorderTest() {
        recorder.workflows = workflows;
        recorder.executions = executions;
        recorder.queue = queue;
        recorder.feed = new ExecutionFeed();
        recorder.dispatcher = EngineRig.dispatcher(workflows, executions, queue);
        recorder.metrics = (workflowId, status, durationMillis) -> counted.add(workflowId + " " + status + " " + durationMillis);
        recorder.errorEvents = new ErrorEvents() {
            @Override
            public void record(String workflowId, String executionId, String eventJson, String contextJson,
                               String errorJson) {
                errorEvents.add(executionId + " " + JsonText.parseObject(errorJson).getString("name"));
            }
        };
    }

    private TriggerTarget target(Workflow wf) {
        return new TriggerTarget("hi_1", null, wf, workflows.deployment(wf.deploymentId()).orElseThrow(), 0);
    }

    @Test
    void withoutControlsTheEventIsStoredDispatchedAndSentToTheWorkersWithoutTakingTheLock() {
        Workflow wf = EngineRig.workflow(workflows, "p_1", "{}", "a");

        assertTrue(recorder.admit(target(wf), JsonText.parse("{\"body\":{\"n\":1}}"), "ex_1"));

        Execution stored = executions.execution("ex_1").orElseThrow();
        assertEquals(ExecutionStatus.QUEUED, stored.status());
        assertTrue(stored.dispatched());
        assertEquals(List.of(new RecordingQueue.Sent("ex_1", 0, 0)), queue.sent);
        assertEquals(List.of(), workflows.locked);
        JsonObject context = JsonText.parseObject(stored.contextJson());
        assertEquals("ex_1", context.getString("id"));
        assertEquals("p_1", context.getString("workflow_id"));
        assertEquals(wf.deploymentId(), context.getString("deployment_id"));
        assertEquals("hi_1", context.getString("emitter_id"));
        assertEquals("ex_1", context.getString("trace_id"));
        assertTrue(context.isNull("hops"));
        assertEquals("{\"body\":{\"n\":1}}", stored.eventJson());
    }

    @Test
    void withControlsTheEventWaitsAtTheGateUnderTheWorkflowLockWithItsKey() {
        Workflow wf = EngineRig.workflow(workflows, "p_1",
                "{\"concurrency\":1,\"concurrency_key\":\"steps.trigger.event.body.customer\"}", "a");

        assertTrue(recorder.admit(target(wf), JsonText.parse("{\"body\":{\"customer\":\"alice\"}}"), "ex_1"));
        assertTrue(recorder.admit(target(wf), JsonText.parse("{\"body\":{\"customer\":\"alice\"}}"), "ex_2"));
        assertTrue(recorder.admit(target(wf), JsonText.parse("{\"body\":{\"customer\":\"bob\"}}"), "ex_3"));

        assertEquals(List.of("p_1", "p_1", "p_1"), workflows.locked);
        assertEquals("alice", executions.execution("ex_1").orElseThrow().gateKey());
        assertEquals(List.of("ex_1", "ex_3"), queue.sent.stream().map(RecordingQueue.Sent::executionId).toList());
        assertFalse(executions.execution("ex_2").orElseThrow().dispatched());
    }

    @Test
    void aFullQueueStoresNothing() {
        Workflow wf = EngineRig.workflow(workflows, "p_1", "{\"concurrency\":1,\"queue_size\":1}", "a");
        assertTrue(recorder.admit(target(wf), JsonText.parse("{}"), "ex_1")); // runs
        assertTrue(recorder.admit(target(wf), JsonText.parse("{}"), "ex_2")); // waits

        assertFalse(recorder.admit(target(wf), JsonText.parse("{}"), "ex_3"));

        assertTrue(executions.execution("ex_3").isEmpty());
        assertEquals(2, executions.executions.size());
    }

    @Test
    void aRefusedEventIsStoredAsAFailedExecutionAndGoesToTheErrorStream() {
        Workflow wf = EngineRig.workflow(workflows, "p_1", "{}", "a");

        recorder.refuse(target(wf), JsonText.parse("{}"), "Event Queue Full", "the queue is full");

        Execution refused = executions.executions.values().iterator().next();
        assertEquals(ExecutionStatus.ERROR, refused.status());
        assertEquals("Event Queue Full", JsonText.parseObject(refused.errorJson()).getString("name"));
        assertEquals(List.of(refused.id() + " Event Queue Full"), errorEvents);
        assertEquals(List.of("p_1 ERROR null"), counted, "counted in millrace_executions_total");
        assertEquals(List.of(), queue.sent);
    }

    @Test
    void aSubscribedEventKeepsItsEventIdAndHops() {
        Workflow wf = EngineRig.workflow(workflows, "p_1", "{}", "a");
        TriggerTarget target = new TriggerTarget("dc_1", "1700000000000-0", wf,
                workflows.deployment(wf.deploymentId()).orElseThrow(), 3);

        recorder.admit(target, JsonText.parse("{}"), "ex_1");

        JsonObject context = JsonText.parseObject(executions.execution("ex_1").orElseThrow().contextJson());
        assertEquals("1700000000000-0", context.getString("event_id"));
        assertEquals(3, context.getInt("hops"));
        assertEquals("dc_1", context.getString("emitter_id"));
    }
}
