package io.millrace.application.execution;

import io.millrace.application.datastore.ProjectDataStores;
import io.millrace.application.environment.ExecutionEnvironment;
import io.millrace.application.eventing.EventLog;
import io.millrace.application.response.ResponseHub;
import io.millrace.application.notification.EmailDestination;
import io.millrace.application.notification.ErrorEvents;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDefinition;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.runtime.DataStores;
import io.millrace.runtime.EmailRequest;
import io.millrace.runtime.Emission;
import io.millrace.shared.JsonText;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine on in-memory fakes of its ports: the runner, its store and the dispatcher share one execution
 * repository, one workflow repository and one worker queue, so a test can run an execution message by message
 * and look at what was stored, what was sent and which transactions committed. A store call is a committed
 * transaction; a {@link ScriptedRuntime.Crash} loses what the runner held and had not stored.
 */
public final class EngineRig {
    public final InMemoryExecutions executions = new InMemoryExecutions();
    public final InMemoryWorkflows workflows = new InMemoryWorkflows();
    public final RecordingQueue queue = new RecordingQueue();
    final ScriptedRuntime runtime = new ScriptedRuntime();
    final ResponseHub responses = new ResponseHub();
    /** The store's transactions, in order, e.g. {@code "add [0, 1]"}, {@code "finish success [2]"}. */
    final List<String> transactions = new ArrayList<>();
    /** Error events recorded: {@code "<execution> <error name>"}. */
    final List<String> errorEvents = new ArrayList<>();
    /** Events appended to workflows' streams: {@code "<workspace> <workflow> <emit id> <event>"}. */
    final List<String> emitted = new ArrayList<>();
    /** Emails sent: {@code "<workspace> <subject>"}. */
    final List<String> emails = new ArrayList<>();
    /** The lanes handed to workers of their own (their scopes, e.g. {@code fan/a/}), in order. */
    final List<String> handedOut = new ArrayList<>();
    /** Ends counted by the metrics: {@code "<workflow> <status>"}. */
    final List<String> ends = new ArrayList<>();
    final Dispatcher dispatcher;
    final ExecutionStore store;
    final ExecutionRunner runner;
    private int executionCount;

    public EngineRig() {
        dispatcher = dispatcher(workflows, executions, queue);
        store = new RecordingStore();
        store.executions = executions;
        store.workflows = workflows;
        store.dispatcher = dispatcher;
        store.queue = queue;
        store.feed = new ExecutionFeed();
        store.metrics = (workflowId, status, durationMillis) -> ends.add(workflowId + " " + status.wireName());
        store.errorEvents = new ErrorEvents() {
            @Override
            public void record(String workflowId, String executionId, String eventJson, String contextJson,
                               String errorJson) {
                errorEvents.add(executionId + " " + JsonText.parseObject(errorJson).getString("name"));
            }
        };
        store.eventLog = new EventLog() {
            @Override
            public EmittedEvent append(String workspaceId, String emitterId, Emission emission, String emitId, int hops) {
                emitted.add(workspaceId + " " + emitterId + " " + emitId + " " + emission.eventJson());
                return null;
            }
        };
        runner = new ExecutionRunner();
        runner.store = store;
        runner.runtime = runtime;
        runner.responses = responses;
        runner.retryPolicy = new RetryPolicy();
        runner.retryPolicy.baseSeconds = 150;
        runner.environment = new ExecutionEnvironment() {
            @Override
            public Map<String, String> forExecution(String workspaceId, String projectId) {
                return Map.of("GREETING", "hello " + workspaceId);
            }
        };
        runner.flowUrls = new FlowUrls() {
            @Override
            public String resumeUrl(String executionId) {
                return "http://millrace.test/flow/" + executionId + "/resume";
            }

            @Override
            public String cancelUrl(String executionId) {
                return "http://millrace.test/flow/" + executionId + "/cancel";
            }

            @Override
            public String rerunUrl(String executionId) {
                return "http://millrace.test/flow/" + executionId + "/rerun";
            }
        };
        runner.sse = new SseDestination();
        runner.dataStores = new ProjectDataStores() {
            @Override
            public DataStores forProject(String workspaceId, String projectId) {
                return DataStores.NONE;
            }
        };
        runner.emails = new EmailDestination() {
            @Override
            public void sendToOwner(String workspaceId, EmailRequest email) {
                emails.add(workspaceId + " " + email.subject());
            }
        };
    }

    /** How an execution run by {@link #runByWorkers} ended. */
    public record Worked(ExecutionStatus status, String errorJson, List<StepRun> results, List<String> handedOut,
                         List<String> ran) {
        /** The stored result at {@code key} (see {@link StepRun#key}), or null. */
        public StepRun at(String key) {
            return results.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
        }
    }

    /**
     * Runs an execution of a workflow with {@code definition} through the real runner and store, as the workers do: the
     * event accepted, {@code stored} put in place first (results a crash left; their execution id is
     * {@code executionId}), then every message the store queued delivered, one at a time and each run to its
     * hand-over (parallel branches and loop items are messages of their own, blocks are joined through stored
     * markers and ends): oldest first, or with {@code newestFirst} newest first, which interleaves the lanes
     * otherwise. Delayed messages are delivered at once. {@code steps} plays every code step.
     *
     * @return the execution's end, its stored results, the lanes handed out (their scopes, e.g. {@code each/0/}),
     * and the step run ids of the code steps run, in order
     */
    public Worked runByWorkers(String executionId, WorkflowDefinition definition, String eventJson,
                               List<StepRun> stored, boolean newestFirst,
                               java.util.function.Function<io.millrace.runtime.StepInvocation,
                                       io.millrace.runtime.StepOutcome> steps) {
        int seen = queue.bodies.size();
        accept(executionId, definition, eventJson, stored, steps);
        return deliverAll(executionId, seen, newestFirst, Integer.MAX_VALUE);
    }

    /** As {@link #runByWorkers}, up to the delivery of the first message: the execution accepted, its message queued. */
    Execution accept(String executionId, WorkflowDefinition definition, String eventJson, List<StepRun> stored,
                     java.util.function.Function<io.millrace.runtime.StepInvocation,
                             io.millrace.runtime.StepOutcome> steps) {
        Workflow workflow = new Workflow("wf_blocks", "o_1", "proj_1", "blocks", true, 1);
        workflows.add(workflow);
        WorkflowDeployment deployment = new WorkflowDeployment("wf_blocks_v2", workflow.id(), 2, definition, 1);
        workflows.add(deployment);
        workflow.deploy(deployment, 1);
        Execution execution = new Execution(executionId, workflow.id(), workflow.deploymentId(), "hi_1", eventJson,
                "{\"id\":\"" + executionId + "\",\"workflow_id\":\"" + workflow.id() + "\"}", 1);
        executions.add(execution);
        stored.forEach(executions::insertStepRun);
        execution.dispatch(execution.createdAt());
        queue.enqueue(execution.id(), execution.runToken());
        runtime.unscripted = (invocation, listener) -> steps.apply(invocation);
        return execution;
    }

    /**
     * Delivers the messages queued from the {@code seen}th on, and those they queue (see {@link #runByWorkers}), at
     * most {@code limit} of them; the rest stay undelivered.
     */
    Worked deliverAll(String executionId, int seen, boolean newestFirst, int limit) {
        java.util.Deque<String> waiting = new java.util.ArrayDeque<>();
        for (int delivered = 0; delivered < 100_000; delivered++) {
            for (String body : queue.bodies.subList(seen, queue.bodies.size())) {
                if (newestFirst) {
                    waiting.addFirst(body);
                } else {
                    waiting.addLast(body);
                }
            }
            seen = queue.bodies.size();
            if (waiting.isEmpty() || delivered >= limit) {
                Execution ended = executions.execution(executionId).orElseThrow();
                return new Worked(ended.status(), ended.errorJson(), executions.stepRuns(executionId),
                        List.copyOf(handedOut), runtime.invocations.stream().map(i -> i.run().stepRunId()).toList());
            }
            runner.run(waiting.poll());
        }
        throw new IllegalStateException("the workers did not stop handing out messages");
    }

    /** A dispatcher over these ports (for tests of other packages, whose fields they cannot set). */
    public static Dispatcher dispatcher(WorkflowRepository workflows, ExecutionRepository executions,
                                        ExecutionQueue queue) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.workflows = workflows;
        dispatcher.executions = executions;
        dispatcher.queue = queue;
        return dispatcher;
    }

    /** A workflow {@code id} of workspace {@code o_1} with code steps of these names, deployed with {@code settingsJson}. */
    public static Workflow workflow(InMemoryWorkflows workflows, String id, String settingsJson, String... steps) {
        Workflow workflow = new Workflow(id, "o_1", "proj_1", id, true, 1);
        workflows.add(workflow);
        deploy(workflows, workflow, settingsJson, steps);
        return workflow;
    }

    /** Deploys a new version of the workflow. */
    public static WorkflowDeployment deploy(InMemoryWorkflows workflows, Workflow workflow, String settingsJson,
                                            String... steps) {
        return deployCode(workflows, workflow, settingsJson,
                "export default defineComponent({ async run({ steps, $ }) { } })", steps);
    }

    /** Deploys a new version of the workflow whose steps all have this code. */
    public static WorkflowDeployment deployCode(InMemoryWorkflows workflows, Workflow workflow, String settingsJson,
                                                String code, String... steps) {
        List<StepSpec> specs = Arrays.stream(steps)
                .map(name -> new StepSpec(name, "code", "javascript", code, JsonValue.EMPTY_JSON_OBJECT)).toList();
        WorkflowDeployment deployment = new WorkflowDeployment(workflow.id() + "_v" + (workflow.version() + 1),
                workflow.id(), workflow.version() + 1,
                new WorkflowDefinition(workflow.name(), List.of(), specs, JsonText.parseObject(settingsJson)), 1);
        workflows.add(deployment);
        workflow.deploy(deployment, 1);
        return deployment;
    }

    Workflow workflow(String id, String settingsJson, String... steps) {
        return workflow(workflows, id, settingsJson, steps);
    }

    /** An event accepted for the workflow on the fast path: stored dispatched, its message sent. */
    Execution accept(Workflow workflow, String eventJson) {
        Execution execution = waiting(workflow, eventJson);
        execution.dispatch(execution.createdAt());
        queue.enqueue(execution.id(), execution.runToken());
        return execution;
    }

    /** An event waiting at the workflow's gate. */
    Execution waiting(Workflow workflow, String eventJson) {
        executionCount++;
        String id = "ex_" + executionCount;
        Execution execution = new Execution(id, workflow.id(), workflow.deploymentId(), "hi_1", eventJson,
                "{\"id\":\"" + id + "\",\"workflow_id\":\"" + workflow.id() + "\"}", executionCount);
        executions.add(execution);
        return execution;
    }

    /** Delivers the last message sent for the execution to the runner, as the worker MDB would. */
    void deliver(Execution execution) {
        RecordingQueue.Sent sent = queue.sent.stream().filter(s -> s.executionId().equals(execution.id()))
                .reduce((a, b) -> b).orElseThrow();
        runner.run(ExecutionMessage.format(sent.executionId(), sent.runToken()));
    }

    /** Delivers the message with this token. */
    void deliver(Execution execution, int runToken) {
        runner.run(ExecutionMessage.format(execution.id(), runToken));
    }

    StepRun stepRun(Execution execution, int position) {
        return executions.stepRun(execution.id(), position);
    }

    ExecutionStatus status(Execution execution) {
        return executions.execution(execution.id()).map(Execution::status).orElseThrow();
    }

    /** The store with each of its transactions logged. */
    private final class RecordingStore extends ExecutionStore {
        @Override
        public Optional<Snapshot> start(String executionId, int runToken) {
            Optional<Snapshot> snapshot = super.start(executionId, runToken);
            transactions.add(snapshot.isPresent() ? "start" : "skip");
            return snapshot;
        }

        @Override
        public void fork(String executionId, int runToken, List<StepRun> markers, List<String> scopes) {
            super.fork(executionId, runToken, markers, scopes);
            handedOut.addAll(scopes);
        }

        @Override
        public void add(List<PendingResult> results) {
            transactions.add("add " + positions(results));
            super.add(results);
        }

        @Override
        public void addPastInterruption(String executionId, List<PendingResult> results) {
            transactions.add("add " + positions(results) + " past interruption");
            super.addPastInterruption(executionId, results);
        }

        @Override
        public void pause(List<PendingResult> unsaved, PendingResult failedAttempt, long delayMillis, boolean notify) {
            transactions.add("pause " + positions(unsaved) + " + " + failedAttempt.run().position());
            super.pause(unsaved, failedAttempt, delayMillis, notify);
        }

        @Override
        public void delay(List<PendingResult> unsaved, String executionId, long delayMillis) {
            transactions.add("delay " + positions(unsaved));
            super.delay(unsaved, executionId, delayMillis);
        }

        @Override
        public void finish(String executionId, ExecutionStatus status, String errorJson, List<PendingResult> unsaved,
                           List<Emission> emissions) {
            transactions.add("finish " + status.wireName() + " " + positions(unsaved));
            super.finish(executionId, status, errorJson, unsaved, emissions);
        }

        @Override
        public void finish(String executionId, ExecutionStatus status, String errorJson) {
            transactions.add("finish " + status.wireName());
            super.finish(executionId, status, errorJson);
        }

        private static List<Integer> positions(List<PendingResult> results) {
            return results.stream().map(r -> r.run().position()).toList();
        }
    }
}
