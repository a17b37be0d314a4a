package io.millrace.application.workflow;

import io.millrace.application.eventing.SubscriptionLinks;
import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.shared.Ids;
import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.EmailTrigger;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDefinition;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowDraft;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workflow.EmailTriggerRepository;
import io.millrace.domain.workflow.WorkflowRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The transactions that change workflows. Input is validated before it gets here, so these methods
 * do not fail on client mistakes.
 */
@ApplicationScoped
@Transactional
public class WorkflowWriter {
    @Inject
    io.millrace.domain.execution.SseRecordRepository sseRecords;
    @Inject
    WorkflowRepository workflows;
    @Inject
    EmailTriggerRepository emailTriggers;
    @Inject
    WorkflowViews views;
    @Inject
    ExecutionRepository executions;
    @Inject
    SubscriptionLinks links;
    @Inject
    AuditLog audit;

    public WorkflowView create(String workspaceId, String projectId, String folderId, WorkflowDefinition definition,
                               boolean active, Author author) {
        long now = System.currentTimeMillis();
        Workflow workflow = new Workflow(Ids.random("p_"), workspaceId, projectId, definition.name(), active, now);
        workflow.placeIn(projectId, folderId, now);
        workflows.add(workflow);
        links.autoSubscribe(workspaceId, workflow.id(), now);
        deploy(workflow, definition, now, author);
        audit.record(workspaceId, AuditActions.WORKFLOW_CREATED, target(workflow), Jsonp.createObjectBuilder()
                .add("name", workflow.name()).add("project_id", projectId).add("version", workflow.version())
                .add("deployment_id", workflow.deploymentId()).add("active", active).build());
        return view(workflow);
    }

    /** @return the changed workflow, or empty when it no longer exists */
    public Optional<WorkflowView> update(String workspaceId, String id, WorkflowRequest request,
                                         WorkflowPlacement placement, Author author) {
        Workflow workflow = workflows.workflow(workspaceId, id).orElse(null);
        if (workflow == null) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        if (request.definition() != null) {
            deploy(workflow, request.definition(), now, author);
            audit.record(workspaceId, AuditActions.WORKFLOW_DEPLOYED, target(workflow), deployed(workflow, author)
                    .build());
        }
        if (placement != null) {
            String from = workflow.projectId();
            workflow.placeIn(placement.projectId(), placement.folderId(), now);
            var details = Jsonp.createObjectBuilder().add("name", workflow.name())
                    .add("project_id", placement.projectId());
            if (!placement.projectId().equals(from)) {
                details.add("from_project_id", from);
            }
            if (placement.folderId() != null) {
                details.add("folder_id", placement.folderId());
            }
            audit.record(workspaceId, AuditActions.WORKFLOW_UPDATED, target(workflow), details.build());
        }
        if (request.active() != null) {
            workflow.activate(request.active(), now);
            audit.record(workspaceId, AuditActions.WORKFLOW_UPDATED, target(workflow), Jsonp.createObjectBuilder()
                    .add("name", workflow.name()).add("active", request.active()).build());
        }
        return Optional.of(view(workflow));
    }

    /** @return false when the workflow no longer exists */
    public boolean delete(String workspaceId, String id) {
        Workflow workflow = workflows.workflow(workspaceId, id).orElse(null);
        if (workflow == null) {
            return false;
        }
        workflows.httpTriggers(workflow.id()).forEach(workflows::remove);
        emailTriggers.ofWorkflow(workflow.id()).forEach(emailTriggers::remove);
        links.forget(workflow.id());
        workflow.delete(System.currentTimeMillis());
        executions.cancelWaiting(workflow.id(), System.currentTimeMillis());
        if (sseRecords != null) {
            sseRecords.trim(workflow.id(), 0); // its SSE destination's recent events
        }
        audit.record(workspaceId, AuditActions.WORKFLOW_DELETED, target(workflow),
                Jsonp.createObjectBuilder().add("name", workflow.name()).build());
        return true;
    }

    /**
     * Deploys {@code definition} as the next version, the copy of version {@code ofVersion}.
     *
     * @return the workflow after the rollback, or empty when it no longer exists
     */
    public Optional<WorkflowView> rollback(String workspaceId, String id, int ofVersion, WorkflowDefinition definition,
                                           Author author) {
        Workflow workflow = workflows.workflow(workspaceId, id).orElse(null);
        if (workflow == null) {
            return Optional.empty();
        }
        int from = workflow.version();
        deploy(workflow, definition, System.currentTimeMillis(), author);
        audit.record(workspaceId, AuditActions.WORKFLOW_ROLLED_BACK, target(workflow), deployed(workflow, author)
                .add("from_version", from).add("to_version_of", ofVersion).build());
        return Optional.of(view(workflow));
    }

    /**
     * Saves the workflow's draft (replacing the one it has).
     *
     * @return the draft as saved, or empty when the workflow no longer exists
     */
    public Optional<WorkflowDraft> saveDraft(String workspaceId, String id, WorkflowDefinition definition,
                                             Author author) {
        Workflow workflow = workflows.workflow(workspaceId, id).orElse(null);
        if (workflow == null) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        WorkflowDraft draft = workflows.draft(id).orElse(null);
        if (draft == null) {
            draft = new WorkflowDraft(id, now);
            draft.save(definition, workflow.version(), author.userId(), author.message(), now);
            workflows.add(draft);
        } else {
            draft.save(definition, workflow.version(), author.userId(), author.message(), now);
        }
        audit.record(workspaceId, AuditActions.WORKFLOW_DRAFT_SAVED, target(workflow), Jsonp.createObjectBuilder()
                .add("name", workflow.name()).add("base_version", workflow.version()).build());
        return Optional.of(draft);
    }

    /**
     * Deploys the draft as the next version and removes it.
     *
     * @param definition the draft's definition, prepared again for deploying
     * @return the workflow, or empty when it or its draft no longer exists
     */
    public Optional<WorkflowView> deployDraft(String workspaceId, String id, WorkflowDefinition definition,
                                              Author author) {
        Workflow workflow = workflows.workflow(workspaceId, id).orElse(null);
        WorkflowDraft draft = workflow == null ? null : workflows.draft(id).orElse(null);
        if (draft == null) {
            return Optional.empty();
        }
        workflows.remove(draft);
        deploy(workflow, definition, System.currentTimeMillis(), author);
        audit.record(workspaceId, AuditActions.WORKFLOW_DEPLOYED, target(workflow), deployed(workflow, author)
                .add("from_draft", true).build());
        return Optional.of(view(workflow));
    }

    /** @return false when the workflow has no draft */
    public boolean discardDraft(String workspaceId, String id) {
        Workflow workflow = workflows.workflow(workspaceId, id).orElse(null);
        WorkflowDraft draft = workflow == null ? null : workflows.draft(id).orElse(null);
        if (draft == null) {
            return false;
        }
        workflows.remove(draft);
        audit.record(workspaceId, AuditActions.WORKFLOW_DRAFT_DISCARDED, target(workflow), Jsonp.createObjectBuilder()
                .add("name", workflow.name()).build());
        return true;
    }

    private static jakarta.json.JsonObjectBuilder deployed(Workflow workflow, Author author) {
        var details = Jsonp.createObjectBuilder().add("name", workflow.name()).add("version", workflow.version())
                .add("deployment_id", workflow.deploymentId());
        if (author.message() != null) {
            details.add("message", author.message());
        }
        return details;
    }

    private static Target target(Workflow workflow) {
        return new Target("workflow", workflow.id());
    }

    private WorkflowView view(Workflow workflow) {
        return views.of(workflow);
    }

    private void deploy(Workflow workflow, WorkflowDefinition definition, long now, Author author) {
        WorkflowDeployment deployment = new WorkflowDeployment(Ids.random("d_"), workflow.id(),
                workflow.version() + 1, definition, now, author.userId(), author.message());
        workflows.add(deployment);
        workflow.deploy(deployment, now);
        syncHttpTriggers(workflow, (int) definition.httpTriggerCount(), now);
        syncEmailTriggers(workflow, (int) definition.emailTriggerCount(), now);
        links.syncTriggers(workflow.workspaceId(), workflow.id(), definition, now);
    }

    /** Keeps existing endpoints (and their keys) by position, adds missing ones, removes extra ones. */
    private void syncHttpTriggers(Workflow workflow, int wanted, long now) {
        List<HttpTrigger> existing = workflows.httpTriggers(workflow.id());
        for (int i = existing.size(); i < wanted; i++) {
            workflows.add(new HttpTrigger(Ids.random("hi_"), Ids.endpointKey(), workflow.id(), i, now));
        }
        for (int i = wanted; i < existing.size(); i++) {
            workflows.remove(existing.get(i));
        }
    }

    /** As {@link #syncHttpTriggers}: email triggers keep their mailbox keys by position. */
    private void syncEmailTriggers(Workflow workflow, int wanted, long now) {
        List<EmailTrigger> existing = emailTriggers.ofWorkflow(workflow.id());
        for (int i = existing.size(); i < wanted; i++) {
            emailTriggers.add(new EmailTrigger(Ids.random(EmailTrigger.ID_PREFIX), Ids.endpointKey(), workflow.id(), i, now));
        }
        for (int i = wanted; i < existing.size(); i++) {
            emailTriggers.remove(existing.get(i));
        }
    }
}
