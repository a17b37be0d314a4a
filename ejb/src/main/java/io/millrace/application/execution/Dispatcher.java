package io.millrace.application.execution;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.orchestrator.Gate;
import io.millrace.domain.workflow.ExecutionControls;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lets waiting executions of a workflow through its gate. Runs in the caller's transaction with the
 * workflow row locked, so gate decisions are serialised per workflow across threads and nodes, and
 * the dispatched flags commit together with the messages that hand the executions to the workers.
 */
@ApplicationScoped
@Transactional
public class Dispatcher {
    private static final int BATCH = 1000;

    @Inject
    WorkflowRepository workflows;
    @Inject
    ExecutionRepository executions;
    @Inject
    ExecutionQueue queue;

    /** Locks the workflow and dispatches what its controls allow. */
    public void dispatch(String workflowId) {
        workflows.lock(workflowId).ifPresent(this::dispatchLocked);
    }

    /** A delayed wake-up arrived: the throttle window may have reopened. */
    public void wakeUp(String workflowId) {
        workflows.lock(workflowId).ifPresent(workflow -> {
            workflow.wakeUpAt(null);
            dispatchLocked(workflow);
        });
    }

    /** The workflow's current execution controls: those of its current deployment, parsed once per deployment. */
    public ExecutionControls controls(Workflow workflow) {
        return workflows.deployment(workflow.deploymentId()).orElseThrow().controls();
    }

    /** Dispatches for a workflow the caller has locked in this transaction. */
    public void dispatchLocked(Workflow workflow) {
        List<Execution> waiting = executions.waitingAtGate(workflow.id(), BATCH);
        if (waiting.isEmpty()) {
            return;
        }
        ExecutionControls controls = controls(workflow);
        long now = System.currentTimeMillis();
        if (!controls.gated()) {
            waiting.forEach(e -> send(e, now));
            return;
        }
        Gate.Plan plan = Gate.plan(controls, now, new Gate.Window(workflow.windowStart(), workflow.windowCount()),
                waiting.stream().map(e -> new Gate.Waiting(e.id(), e.gateKey())).toList(),
                executions.inFlightByKey(workflow.id()));
        Set<String> go = new HashSet<>(plan.dispatch());
        waiting.stream().filter(e -> go.contains(e.id())).forEach(e -> send(e, now));
        workflow.throttleWindow(plan.window().start(), plan.window().count());
        Long scheduled = workflow.wakeUpAt();
        if (plan.wakeUpAt() != null && (scheduled == null || scheduled < now || scheduled > plan.wakeUpAt())) {
            queue.wakeUp(workflow.id(), plan.wakeUpAt());
            workflow.wakeUpAt(plan.wakeUpAt());
        }
    }

    private void send(Execution execution, long now) {
        execution.dispatch(now);
        queue.enqueue(execution.id(), execution.runToken());
    }
}
