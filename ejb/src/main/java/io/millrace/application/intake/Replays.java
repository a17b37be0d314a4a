package io.millrace.application.intake;

import io.millrace.application.project.ProjectAccess;
import io.millrace.application.execution.ExecutionQueries;
import io.millrace.application.execution.ExecutionView;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.StepChanges;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.BodyFields;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs an execution's trigger event again as a new execution of the workflow's live deployment, admitted as any
 * event is, through the workflow's concurrency, throttle and queue ({@link EventRecorder#admit}):
 * <ul>
 * <li>a replay: {@code steps.trigger.context.replay} true, the original's {@code trace_id}, a link both ways
 * (the new one's {@code replay_of}, the original's {@code replays}); only while the workflow is active. From a
 * step, the results of the steps before it are reused from the original (see {@link #replayFrom});</li>
 * <li>a test ("build from event"): {@code steps.trigger.context.test} true, a trace of its own, no link; also
 * while the workflow is not active, as a workflow is tested before it is turned on.</li>
 * </ul>
 */
@ApplicationScoped
public class Replays {
    static final String FROM_STEP = "from_step";
    static final String EVENT = "event";
    /** The longest step name a definition may have. */
    static final int MAX_STEP_NAME = 255;

    @Inject
    ProjectAccess projectAccess;
    @Inject
    ExecutionQueries queries;
    @Inject
    WorkflowRepository workflows;
    @Inject
    ExecutionRepository executions;
    @Inject
    EventRecorder recorder;

    /**
     * Replays the caller's execution {@code executionId}; returns the new execution's id.
     *
     * @throws NotFoundException   for an execution of another workspace, or of a deleted workflow
     * @throws ReplayRefused       when the workflow is not active
     * @throws QueueFullException  when the workflow's queue is full (nothing is stored)
     */
    public String replay(User caller, String executionId) {
        return replayFrom(caller, executionId, null);
    }

    /**
     * Replays the caller's execution from the step {@code fromStep} of the live deployment (null: from the start).
     * The new execution starts with the original's results of the steps before it, marked as reused
     * ({@link StepRun#reusedIn}), and runs from that step on. That is allowed only when those steps are the same in
     * the live deployment as in the one the original ran on ({@link StepChanges}) and each of them succeeded in the
     * original.
     *
     * @throws InvalidInputException naming {@code from_step} when the live deployment has no such step
     * @throws ReplayRefused         when the execution kept no data, the workflow is not active, a step before {@code fromStep} changed, or
     *                               did not succeed in the original
     */
    public String replayFrom(User caller, String executionId, String fromStep) {
        Execution original = queries.get(caller, executionId).execution();
        Workflow workflow = liveWorkflow(caller, original);
        requireData(original, "replay");
        if (!workflow.active()) {
            throw new ReplayRefused("workflow " + workflow.id() + " is not active: activate it to replay its events");
        }
        WorkflowDeployment live = workflows.deployment(workflow.deploymentId()).orElseThrow();
        String id = Ids.ordered(System.currentTimeMillis());
        List<StepRun> seeds = fromStep == null ? List.of() : reusedSteps(original, live, fromStep, id);
        JsonObject context = context(original);
        TriggerTarget target = new TriggerTarget(original.triggerId(), eventId(context), workflow, live, 0,
                new TriggerTarget.Replayed(original.id(), context.getString("trace_id", original.id())));
        admit(target, original, id, live, seeds);
        return id;
    }

    /**
     * Replays the execution {@code executionId} of the workspace as the new execution {@code newId}, for a bulk replay
     * (no caller: the job's selection was checked when it started). Otherwise as {@link #replay}.
     *
     * @throws NotFoundException  when the execution, or its workflow, was deleted, or it has no stored event
     * @throws ReplayRefused      when the execution keeps no data, or the workflow is not active
     * @throws QueueFullException when the workflow's queue is full (nothing is stored)
     */
    public void replayStored(String workspaceId, String executionId, String newId) {
        Execution original = executions.execution(executionId)
                .orElseThrow(() -> new NotFoundException("execution " + Quoted.value(executionId) + " was deleted"));
        if (original.eventJson() == null) {
            throw new NotFoundException("execution " + Quoted.value(executionId) + " has no stored event");
        }
        requireData(original, "replay");
        Workflow workflow = workflows.workflow(workspaceId, original.workflowId())
                .orElseThrow(() -> new NotFoundException("the workflow of execution " + Quoted.value(executionId)
                        + " was deleted"));
        if (!workflow.active()) {
            throw new ReplayRefused("workflow " + workflow.id() + " is not active: activate it to replay its events");
        }
        WorkflowDeployment live = workflows.deployment(workflow.deploymentId()).orElseThrow();
        JsonObject context = context(original);
        TriggerTarget target = new TriggerTarget(original.triggerId(), eventId(context), workflow, live, 0,
                new TriggerTarget.Replayed(original.id(), context.getString("trace_id", original.id())));
        admit(target, original, newId, live, List.of());
    }

    /**
     * Replays as the body of {@code POST /v1/executions/{id}/replay} says: none or {@code {}} from the start,
     * {@code {"from_step": "<step name>"}} from that step ({@link #replayFrom}).
     */
    public String replayAsAsked(User caller, String executionId, JsonValue body) {
        JsonObject o = BodyFields.bodyOrEmpty(body, Set.of(FROM_STEP));
        return replayFrom(caller, executionId, BodyFields.nonBlankText(o, FROM_STEP, MAX_STEP_NAME));
    }

    /**
     * Sends the caller's execution's trigger event to the workflow's current deployment as a test event ("build
     * from event"); returns the new execution. The body of {@code POST /v1/executions/{id}/test} may be none,
     * {@code {}}, or {@code {"event": {…}}}: an edited event that runs instead of the stored one.
     *
     * @throws NotFoundException     for an execution of another workspace, or of a deleted workflow
     * @throws ReplayRefused         when the execution kept no data
     * @throws QueueFullException    when the workflow's queue is full (nothing is stored)
     * @throws InvalidInputException when the body is not an object, has another field, or its event is not an object
     */
    public ExecutionView test(User caller, String executionId, JsonValue body) {
        JsonObject edited = BodyFields.optionalObject(BodyFields.bodyOrEmpty(body, Set.of(EVENT)), EVENT);
        Execution original = queries.get(caller, executionId).execution();
        Workflow workflow = liveWorkflow(caller, original);
        requireData(original, "test");
        WorkflowDeployment live = workflows.deployment(workflow.deploymentId()).orElseThrow();
        String id = Ids.ordered(System.currentTimeMillis());
        TriggerTarget target = new TriggerTarget(original.triggerId(), eventId(context(original)), workflow, live, 0,
                null, true);
        admit(target, edited != null ? edited : storedEvent(original), id, live, List.of());
        return queries.get(caller, id);
    }

    /** An execution that kept no data has no event to run again. */
    private static void requireData(Execution original, String what) {
        if (!original.storesData()) {
            throw new ReplayRefused("execution " + original.id() + " kept no event (data_retention is off for its"
                    + " workflow, or the request had x-pd-nostore): there is nothing to " + what);
        }
    }

    private Workflow liveWorkflow(User caller, Execution original) {
        return projectAccess.visible(workflows.workflow(caller.workspaceId(), original.workflowId()), Workflow::projectId)
                .orElseThrow(() -> new NotFoundException("the workflow of execution " + Quoted.value(original.id())
                        + " was deleted"));
    }

    private void admit(TriggerTarget target, Execution original, String id, WorkflowDeployment live,
                       List<StepRun> seeds) {
        admit(target, storedEvent(original), id, live, seeds);
    }

    private static JsonValue storedEvent(Execution original) {
        return original.eventJson() == null ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parse(original.eventJson());
    }

    private void admit(TriggerTarget target, JsonValue event, String id, WorkflowDeployment live,
                       List<StepRun> seeds) {
        if (!recorder.admit(target, event, id, seeds)) {
            throw new QueueFullException(live.controls());
        }
    }

    /** The original's results of the steps before {@code fromStep}, as results of the new execution {@code id}. */
    private List<StepRun> reusedSteps(Execution original, WorkflowDeployment live, String fromStep, String id) {
        List<StepSpec> liveSteps = live.definition().steps();
        int position = -1;
        for (int i = 0; i < liveSteps.size(); i++) {
            if (liveSteps.get(i).name().equals(fromStep)) {
                position = i;
                break;
            }
        }
        if (position < 0) {
            throw new InvalidInputException("from_step", "workflow " + live.workflowId() + " has no step "
                    + Quoted.of(fromStep) + " in its live deployment");
        }
        for (int i = 0; i < position; i++) {
            if (liveSteps.get(i).isBlock()) {
                throw new ReplayRefused("step " + Quoted.of(fromStep) + " comes after the control-flow block "
                        + Quoted.of(liveSteps.get(i).name()) + ": a replay from a step starts before the first block"
                        + " (or replay the whole execution)");
            }
        }
        List<StepSpec> ranOn = workflows.deployment(original.deploymentId()).orElseThrow().definition().steps();
        String changed = StepChanges.firstChangedBefore(ranOn, liveSteps, position);
        if (changed != null) {
            throw new ReplayRefused("step " + Quoted.of(changed) + " changed since execution " + original.id()
                    + " ran (deployment " + original.deploymentId() + ", live " + live.id() + "): replay from "
                    + Quoted.of(changed) + " or an earlier step");
        }
        List<StepRun> stored = executions.stepRuns(original.id());
        List<StepRun> seeds = new ArrayList<>(position);
        for (int i = 0; i < position; i++) {
            StepRun result = i < stored.size() && stored.get(i).position() == i ? stored.get(i) : null;
            if (result == null || result.status() != ExecutionStatus.SUCCESS || result.flowExitReason() != null) {
                String name = liveSteps.get(i).name();
                String what = result == null ? "did not run"
                        : result.flowExitReason() != null ? "ended the execution ($.flow.exit)"
                        : "did not succeed (" + result.status().wireName() + ")";
                throw new ReplayRefused("step " + Quoted.of(name) + " " + what + " in execution " + original.id()
                        + ": replay from " + Quoted.of(name) + " or an earlier step");
            }
            seeds.add(result.reusedIn(id));
        }
        return seeds;
    }

    private static JsonObject context(Execution original) {
        return JsonText.parseObject(original.contextJson() == null ? "{}" : original.contextJson());
    }

    private static String eventId(JsonObject context) {
        return context.get("event_id") instanceof JsonString s ? s.getString() : null;
    }
}
