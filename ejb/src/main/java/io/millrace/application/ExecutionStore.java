package io.millrace.application;

import io.millrace.execution.Execution;
import io.millrace.execution.ExecutionRepository;
import io.millrace.execution.ExecutionStatus;
import io.millrace.execution.StepRun;
import io.millrace.workflow.WorkflowDeployment;
import io.millrace.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The short transactions of a running execution: start, store a step result, finish. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExecutionStore {
    @Inject
    ExecutionRepository executions;
    @Inject
    WorkflowRepository workflows;
    @Inject
    Dispatcher dispatcher;

    /** What a worker needs to run an execution. */
    public record Snapshot(Execution execution, WorkflowDeployment deployment, List<StepRun> stepRuns) {
    }

    /** Marks the execution executing; empty when it does not exist or has already finished. */
    public Optional<Snapshot> start(String executionId) {
        Optional<Execution> found = executions.execution(executionId);
        if (found.isEmpty() || found.get().status().finished()) {
            return Optional.empty();
        }
        Execution execution = found.get();
        execution.start(System.currentTimeMillis());
        WorkflowDeployment deployment = workflows.deployment(execution.deploymentId()).orElseThrow();
        deployment.definition();
        return Optional.of(new Snapshot(execution, deployment, new ArrayList<>(executions.stepRuns(executionId))));
    }

    public void add(StepRun run) {
        executions.add(run);
    }

    /** Ends the execution and lets the next waiting ones of its workflow through the gate. */
    public void finish(String executionId, ExecutionStatus status, String errorJson) {
        executions.execution(executionId).ifPresent(e -> {
            e.finish(status, errorJson, System.currentTimeMillis());
            workflows.workflow(null, e.workflowId())
                    .filter(w -> dispatcher.controls(w).gated())
                    .ifPresent(w -> dispatcher.dispatch(w.id()));
        });
    }
}
