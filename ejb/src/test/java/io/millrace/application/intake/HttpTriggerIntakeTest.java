package io.millrace.application.intake;

import io.millrace.application.execution.ExecutionFeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.application.execution.EngineRig;
import io.millrace.application.execution.InMemoryExecutions;
import io.millrace.application.execution.InMemoryWorkflows;
import io.millrace.application.execution.RecordingQueue;
import io.millrace.application.notification.ErrorEvents;
import io.millrace.application.response.Accepted;
import io.millrace.application.response.ResponseHub;
import io.millrace.application.source.SourceHttpIntake;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.source.Source;
import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.Workflow;
import io.millrace.shared.JsonText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpTriggerIntakeTest {
    private final InMemoryWorkflows workflows = new InMemoryWorkflows();
    private final InMemoryExecutions executions = new InMemoryExecutions();
    private final RecordingQueue queue = new RecordingQueue();
    private final HttpTriggerIntake intake = new HttpTriggerIntake();

    HttpTriggerIntakeTest() {
        EventRecorder recorder = new EventRecorder();
        recorder.workflows = workflows;
        recorder.executions = executions;
        recorder.queue = queue;
        recorder.feed = new ExecutionFeed();
        recorder.dispatcher = EngineRig.dispatcher(workflows, executions, queue);
        recorder.errorEvents = new ErrorEvents() {
            @Override
            public void record(String workflowId, String executionId, String eventJson, String contextJson,
                               String errorJson) {
            }
        };
        intake.workflows = workflows;
        recorder.metrics = (workflowId, status, durationMillis) -> { };
        intake.recorder = recorder;
        intake.responses = new ResponseHub();
        intake.sources = new SourceHttpIntake() {
            @Override
            public Optional<Source> find(String key) {
                return Optional.empty();
            }
        };
    }

    private Workflow workflow(String settingsJson) {
        Workflow wf = EngineRig.workflow(workflows, "p_1", settingsJson, "a");
        workflows.add(new HttpTrigger("hi_1", "key1", wf.id(), 0, 1));
        return wf;
    }

    @Test
    void anAcceptedEventIsQueuedWithTheDeploymentsTimeout() {
        workflow("{\"timeout_seconds\":12}");
        Accepted accepted = intake.accept(intake.find("key1").orElseThrow(), JsonText.parseObject("{}"));
        assertEquals(12, accepted.timeoutSeconds());
        assertEquals(accepted.executionId(), queue.last().executionId());
    }

    @Test
    void aFullQueueRefusesTheEventNamingItsSizeAndRecordsTheRefusal() {
        workflow("{\"concurrency\":1,\"queue_size\":1}");
        intake.accept(intake.find("key1").orElseThrow(), JsonText.parseObject("{}"));
        intake.accept(intake.find("key1").orElseThrow(), JsonText.parseObject("{}"));

        QueueFullException e = assertThrows(QueueFullException.class, () -> intake.accept(intake.find("key1").orElseThrow(), JsonText.parseObject("{}")));

        assertTrue(e.getMessage().startsWith("the workflow's queue is full (1 events wait already)"), e.getMessage());
        assertEquals(1, e.retryAfterSeconds(), "the queue moves as executions finish");
        assertEquals(1, executions.executions.values().stream().filter(x -> x.status() == ExecutionStatus.ERROR).count());
    }

    @Test
    void aFullThrottledQueueSaysToRetryWithTheNextWindow() {
        workflow("{\"throttle\":{\"limit\":0,\"interval_seconds\":45},\"queue_size\":1}");
        intake.accept(intake.find("key1").orElseThrow(), JsonText.parseObject("{}"));

        QueueFullException e = assertThrows(QueueFullException.class, () -> intake.accept(intake.find("key1").orElseThrow(), JsonText.parseObject("{}")));

        assertEquals(45, e.retryAfterSeconds());
    }

    @Test
    void anUnknownKeyOrAnInactiveWorkflowIsNotFoundAndStoresNothing() {
        Workflow wf = workflow("{}");
        assertTrue(intake.find("nokey").isEmpty());
        wf.activate(false, 2);
        assertTrue(intake.find("key1").isEmpty());
        assertTrue(executions.executions.isEmpty());
    }
}
