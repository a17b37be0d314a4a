package io.millrace.domain.workflow;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.workspace.HiddenProjects;
import java.util.List;
import java.util.Optional;

/** Workflows, their deployments and HTTP triggers. Deleted workflows are never returned. */
public interface WorkflowRepository {
    /** A workflow of the workspace; with a null workspaceId, of any workspace. */
    Optional<Workflow> workflow(String workspaceId, String id);

    /** The workflow, locked for update until the transaction ends (serialises its gate across nodes). */
    Optional<Workflow> lock(String id);

    /** The workspace owning a workflow, deleted or not (history outlives its workflow). */
    Optional<String> ownerOf(String workflowId);

    /** The project of a workflow, deleted or not. */
    Optional<String> projectOf(String workflowId);

    /** Active-or-not workflows of a workspace, newest first, without those of the hidden projects. */
    Page<Workflow> workflows(String workspaceId, HiddenProjects hidden, PageRequest page);

    Optional<WorkflowDeployment> deployment(String id);

    /** Workflows of every workspace with an id after {@code afterId} (null: from the first), in id order, at most {@code limit}. */
    List<Workflow> after(String afterId, int limit);

    /** The (not deleted) workflows of a project, oldest first. */
    List<Workflow> inProject(String projectId);

    /** The workflow's deployments (its versions), highest version first. */
    Page<WorkflowDeployment> deployments(String workflowId, PageRequest page);

    /** The deployment of one version of the workflow. */
    Optional<WorkflowDeployment> deployment(String workflowId, int version);

    /** The workflow's draft, when it has one. */
    Optional<WorkflowDraft> draft(String workflowId);

    void add(WorkflowDraft draft);

    void remove(WorkflowDraft draft);

    List<HttpTrigger> httpTriggers(String workflowId);

    Optional<HttpTrigger> httpTriggerByKey(String key);

    void add(Workflow workflow);

    void add(WorkflowDeployment deployment);

    void add(HttpTrigger trigger);

    void remove(HttpTrigger trigger);
}
