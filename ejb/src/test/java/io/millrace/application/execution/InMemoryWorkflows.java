package io.millrace.application.execution;

import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Workflows and deployments in memory; every {@link #lock} (the gate's {@code SELECT … FOR UPDATE}) is logged. */
public class InMemoryWorkflows implements WorkflowRepository {
    public final Map<String, Workflow> workflows = new HashMap<>();
    public final Map<String, WorkflowDeployment> deployments = new HashMap<>();
    public final List<HttpTrigger> triggers = new ArrayList<>();
    /** The ids of the workflows locked, in order. */
    public final List<String> locked = new ArrayList<>();

    @Override
    public Optional<Workflow> workflow(String workspaceId, String id) {
        return Optional.ofNullable(workflows.get(id)).filter(w -> !w.deleted())
                .filter(w -> workspaceId == null || w.workspaceId().equals(workspaceId));
    }

    @Override
    public Optional<Workflow> lock(String id) {
        locked.add(id);
        return Optional.ofNullable(workflows.get(id));
    }

    @Override
    public Optional<String> ownerOf(String workflowId) {
        return Optional.ofNullable(workflows.get(workflowId)).map(Workflow::workspaceId);
    }

    @Override
    public Optional<String> projectOf(String workflowId) {
        return Optional.ofNullable(workflows.get(workflowId)).map(Workflow::projectId);
    }

    @Override
    public Page<Workflow> workflows(String workspaceId, io.millrace.domain.workspace.HiddenProjects hidden,
                                    PageRequest page) {
        throw new UnsupportedOperationException("not needed by the engine's tests");
    }

    @Override
    public List<Workflow> after(String afterId, int limit) {
        String after = afterId == null ? "" : afterId;
        return workflows.values().stream().filter(w -> !w.deleted() && w.id().compareTo(after) > 0)
                .sorted(java.util.Comparator.comparing(Workflow::id)).limit(limit).toList();
    }

    @Override
    public Optional<WorkflowDeployment> deployment(String id) {
        return Optional.ofNullable(deployments.get(id));
    }

    @Override
    public List<Workflow> inProject(String projectId) {
        return workflows.values().stream().filter(w -> w.projectId().equals(projectId) && !w.deleted()).toList();
    }

    @Override
    public Page<WorkflowDeployment> deployments(String workflowId, PageRequest page) {
        throw new UnsupportedOperationException("not needed by the engine's tests");
    }

    @Override
    public Optional<WorkflowDeployment> deployment(String workflowId, int version) {
        return deployments.values().stream().filter(d -> d.workflowId().equals(workflowId) && d.version() == version)
                .findFirst();
    }

    @Override
    public Optional<io.millrace.domain.workflow.WorkflowDraft> draft(String workflowId) {
        return Optional.empty();
    }

    @Override
    public void add(io.millrace.domain.workflow.WorkflowDraft draft) {
        throw new UnsupportedOperationException("not needed by the engine's tests");
    }

    @Override
    public void remove(io.millrace.domain.workflow.WorkflowDraft draft) {
        throw new UnsupportedOperationException("not needed by the engine's tests");
    }

    @Override
    public List<HttpTrigger> httpTriggers(String workflowId) {
        return triggers.stream().filter(t -> t.workflowId().equals(workflowId)).toList();
    }

    @Override
    public Optional<HttpTrigger> httpTriggerByKey(String key) {
        return triggers.stream().filter(t -> key.equals(t.key())).findFirst();
    }

    @Override
    public void add(Workflow workflow) {
        workflows.put(workflow.id(), workflow);
    }

    @Override
    public void add(WorkflowDeployment deployment) {
        deployments.put(deployment.id(), deployment);
    }

    @Override
    public void add(HttpTrigger trigger) {
        triggers.add(trigger);
    }

    @Override
    public void remove(HttpTrigger trigger) {
        triggers.remove(trigger);
    }
}
