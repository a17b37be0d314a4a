package io.millrace.application.workflow;

import io.millrace.application.component.ComponentService;
import io.millrace.application.execution.Dispatcher;
import io.millrace.application.project.Folders;
import io.millrace.application.project.ProjectAccess;
import io.millrace.application.project.ProjectChoice;
import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.InvalidPropException;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.workflow.DefinitionParser;
import io.millrace.domain.workflow.Block;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDefinition;
import io.millrace.domain.workflow.WorkflowDocument;
import jakarta.json.JsonObject;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workflow.WorkflowRequest;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Creating, deploying, changing, reading and deleting workflows. Checks input and existence first,
 * outside any transaction, then hands the change to {@link WorkflowWriter}.
 */
@ApplicationScoped
public class WorkflowService {
    @Inject
    WorkflowRepository workflows;
    @Inject
    WorkflowViews views;
    @Inject
    ProjectAccess projectAccess;
    @Inject
    ProjectChoice projectChoice;
    @Inject
    Folders folders;
    @Inject
    WorkflowWriter writer;
    @Inject
    Dispatcher dispatcher;
    @Inject
    StepRuntime runtime;
    @Inject
    ComponentService components;
    @Inject
    io.millrace.domain.source.SourceRepository sources;

    public WorkflowView create(User caller, JsonValue body) {
        return create(caller, DefinitionParser.parse(body, null), null);
    }

    /**
     * Creates a workflow from a whole definition (an export): name, triggers and steps are required.
     *
     * @param projectId the project to import into (overrides the document's), or null
     */
    public WorkflowView importWorkflow(User caller, JsonValue body, String projectId) {
        return create(caller, DefinitionParser.parseWhole(body), projectId);
    }

    private WorkflowView create(User caller, WorkflowRequest request, String projectId) {
        Project project = projectChoice.forCaller(caller, projectId != null ? projectId : request.projectId());
        String folderId = projectId != null ? null : folders.folderFor(project.id(), request.folderId());
        return writer.create(caller.workspaceId(), project.id(), folderId,
                prepare(caller.workspaceId(), request.definition()), request.active() == null || request.active(),
                new Author(caller.id(), request.message()));
    }

    public WorkflowView update(User caller, String id, JsonValue body) {
        Workflow workflow = find(caller, id);
        WorkflowDefinition current = workflows.deployment(workflow.deploymentId()).orElseThrow().definition();
        WorkflowRequest request = DefinitionParser.parse(body, current);
        WorkflowPlacement placement = placement(caller, workflow, request);
        if (request.definition() != null) {
            request = request.withDefinition(prepare(caller.workspaceId(), request.definition()));
        }
        WorkflowView updated = writer.update(caller.workspaceId(), id, request, placement,
                        new Author(caller.id(), request.message()))
                .orElseThrow(() -> notFound(id));
        if (request.definition() != null) {
            dispatcher.dispatch(id);
        }
        return updated;
    }

    public void delete(User caller, String id) {
        find(caller, id);
        if (!writer.delete(caller.workspaceId(), id)) {
            throw notFound(id);
        }
    }

    public WorkflowView get(User caller, String id) {
        return view(find(caller, id));
    }

    /** The workflow as a file in the format of docs/workflow-format.md. */
    public JsonObject export(User caller, String id) {
        Workflow workflow = find(caller, id);
        return WorkflowDocument.of(workflows.deployment(workflow.deploymentId()).orElseThrow().definition(),
                workflow.active());
    }

    public Page<WorkflowView> list(User caller, PageRequest page) {
        return workflows.workflows(caller.workspaceId(), projectAccess.hidden(), page).map(this::view);
    }

    /** A workflow the caller may see, else a 404. */
    Workflow find(User caller, String id) {
        return projectAccess.visible(workflows.workflow(caller.workspaceId(), id), Workflow::projectId)
                .orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("workflow " + Quoted.value(id) + " not found");
    }

    /**
     * Copies the code of the components that steps name (pinning the component's id; steps kept from the
     * current deployment keep theirs), checks each step's code and pins the npm packages it imports to
     * exact versions (the newest matching ones now), so every run of the deployment uses the same versions.
     */
    WorkflowDefinition prepare(String workspaceId, WorkflowDefinition definition) {
        checkSources(workspaceId, definition);
        return prepareSteps(workspaceId, definition);
    }

    /**
     * Checks a definition's steps as a deploy does (components, code, literal props, npm packages), without
     * deploying it or checking its source triggers; a 400 names the field.
     */
    public void checkSteps(User caller, WorkflowDefinition definition) {
        prepareSteps(caller.workspaceId(), definition);
    }

    private WorkflowDefinition prepareSteps(String workspaceId, WorkflowDefinition definition) {
        return new WorkflowDefinition(definition.name(), definition.triggers(),
                prepareSegment(workspaceId, definition.steps(), "steps"), definition.settings());
    }

    /** The steps of one segment ready to deploy; those inside a block's branches too (their fields nested). */
    private List<StepSpec> prepareSegment(String workspaceId, List<StepSpec> segment, String field) {
        List<StepSpec> steps = new ArrayList<>();
        for (int i = 0; i < segment.size(); i++) {
            StepSpec step = segment.get(i);
            String f = field + "[" + i + "]";
            steps.add(step.isBlock() ? prepareBlock(workspaceId, step, f) : prepareStep(workspaceId, step, f));
        }
        return List.copyOf(steps);
    }

    private StepSpec prepareBlock(String workspaceId, StepSpec step, String field) {
        Block block = step.block();
        List<Block.Branch> branches = new ArrayList<>();
        for (int b = 0; b < block.branches().size(); b++) {
            Block.Branch branch = block.branches().get(b);
            String f = block.kind().equals(Block.LOOP) ? field + ".steps"
                    : field + (block.kind().equals(Block.SWITCH) ? ".cases[" : ".branches[") + b + "].steps";
            branches.add(new Block.Branch(branch.name(), branch.condition(), branch.settings(),
                    prepareSegment(workspaceId, branch.steps(), f)));
        }
        return StepSpec.block(step.name(), new Block(block.kind(), block.settings(), branches));
    }

    private StepSpec prepareStep(String workspaceId, StepSpec step, String field) {
        if (step.component() != null && step.componentId() == null) {
            var component = components.forStep(workspaceId, step.component(), field + ".component");
            step = step.withComponent(component.code(), component.id());
        }
        try {
            runtime.validate(step.name(), step.code(), step.props() == null ? "{}" : step.props().toString());
            JsonObjectBuilder pinned = Jsonp.createObjectBuilder();
            runtime.resolvePackages(step.name(), step.code()).forEach(pinned::add);
            return step.withPackages(pinned.build());
        } catch (InvalidPropException e) {
            throw new InvalidInputException(Quoted.member(field + ".props", e.propName()),
                    "step " + Quoted.of(e.stepName()) + ": " + e.getMessage());
        } catch (StepSyntaxException e) {
            String where = e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "";
            throw new InvalidInputException(field + ".code",
                    "step " + Quoted.of(e.stepName()) + where + ": " + e.getMessage());
        }
    }

    /** Each source trigger's source must be in the workspace, else a 400 naming {@code triggers[i].source_id}. */
    void checkSources(String workspaceId, WorkflowDefinition definition) {
        for (int i = 0; i < definition.triggers().size(); i++) {
            String sourceId = definition.triggers().get(i).sourceId();
            if (sourceId != null && sources.find(workspaceId, sourceId).isEmpty()) {
                throw new InvalidInputException("triggers[" + i + "].source_id",
                        "source " + Quoted.value(sourceId) + " not found in this workspace");
            }
        }
    }

    /** Where an update moves the workflow (another project and/or folder), or null when it stays. */
    private WorkflowPlacement placement(User caller, Workflow workflow, WorkflowRequest request) {
        boolean moves = request.projectId() != null && !request.projectId().equals(workflow.projectId());
        if (!moves && !request.folderGiven()) {
            return null;
        }
        String projectId = moves ? projectChoice.forCaller(caller, request.projectId()).id() : workflow.projectId();
        String folderId = request.folderGiven() ? folders.folderFor(projectId, request.folderId()) : null;
        return new WorkflowPlacement(projectId, folderId);
    }

    WorkflowView view(Workflow workflow) {
        return views.of(workflow);
    }
}
