package io.millrace.application;

import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.workflow.DefinitionParser;
import io.millrace.workflow.HttpTrigger;
import io.millrace.workflow.StepSpec;
import io.millrace.workflow.Workflow;
import io.millrace.workflow.WorkflowDefinition;
import io.millrace.workflow.WorkflowDeployment;
import io.millrace.workflow.WorkflowRepository;
import io.millrace.workflow.WorkflowRequest;
import io.millrace.workspace.Project;
import io.millrace.workspace.User;
import io.millrace.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.List;

/** Creating, deploying, changing, reading and deleting workflows. */
@ApplicationScoped
@Transactional
public class WorkflowService {
    @Inject
    WorkflowRepository workflows;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    StepRuntime runtime;

    public WorkflowView create(User caller, JsonValue body) {
        WorkflowRequest request = DefinitionParser.parse(body, null);
        Project project = projectFor(caller, request.projectId());
        validateCode(request.definition());
        long now = System.currentTimeMillis();
        Workflow workflow = new Workflow(Ids.random("p_"), caller.workspaceId(), project.id(),
                request.definition().name(), request.active() == null || request.active(), now);
        workflows.add(workflow);
        deploy(workflow, request.definition(), now);
        return view(workflow);
    }

    public WorkflowView update(User caller, String id, JsonValue body) {
        Workflow workflow = find(caller, id);
        WorkflowDefinition current = workflows.deployment(workflow.deploymentId()).orElseThrow().definition();
        WorkflowRequest request = DefinitionParser.parse(body, current);
        if (request.projectId() != null && !request.projectId().equals(workflow.projectId())) {
            throw new InvalidInputException("project_id", "a workflow cannot move to another project");
        }
        long now = System.currentTimeMillis();
        if (request.definition() != null) {
            validateCode(request.definition());
            deploy(workflow, request.definition(), now);
        }
        if (request.active() != null) {
            workflow.activate(request.active(), now);
        }
        return view(workflow);
    }

    public void delete(User caller, String id) {
        Workflow workflow = find(caller, id);
        workflows.httpTriggers(workflow.id()).forEach(workflows::remove);
        workflow.delete(System.currentTimeMillis());
    }

    public WorkflowView get(User caller, String id) {
        return view(find(caller, id));
    }

    public Page<WorkflowView> list(User caller, PageRequest page) {
        return workflows.workflows(caller.workspaceId(), page).map(this::view);
    }

    Workflow find(User caller, String id) {
        return workflows.workflow(caller.workspaceId(), id)
                .orElseThrow(() -> new NotFoundException("workflow " + id + " not found"));
    }

    private void deploy(Workflow workflow, WorkflowDefinition definition, long now) {
        WorkflowDeployment deployment = new WorkflowDeployment(Ids.random("d_"), workflow.id(),
                workflow.version() + 1, definition, now);
        workflows.add(deployment);
        workflow.deploy(deployment, now);
        syncHttpTriggers(workflow, (int) definition.httpTriggerCount(), now);
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

    private void validateCode(WorkflowDefinition definition) {
        List<StepSpec> steps = definition.steps();
        for (int i = 0; i < steps.size(); i++) {
            try {
                runtime.validate(steps.get(i).name(), steps.get(i).code());
            } catch (StepSyntaxException e) {
                String where = e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "";
                throw new InvalidInputException("steps[" + i + "].code",
                        "step '" + e.stepName() + "'" + where + ": " + e.getMessage());
            }
        }
    }

    private Project projectFor(User caller, String projectId) {
        if (projectId == null) {
            return workspaces.defaultProject(caller.workspaceId())
                    .orElseThrow(() -> new IllegalStateException("workspace has no project"));
        }
        return workspaces.project(projectId)
                .filter(p -> p.workspaceId().equals(caller.workspaceId()))
                .orElseThrow(() -> new InvalidInputException("project_id", "project " + projectId + " not found"));
    }

    private WorkflowView view(Workflow workflow) {
        return new WorkflowView(workflow, workflows.deployment(workflow.deploymentId()).orElseThrow(),
                workflows.httpTriggers(workflow.id()));
    }
}
