package io.millrace.application.workflow;

import io.millrace.application.execution.Dispatcher;
import io.millrace.domain.workflow.DefinitionParser;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDefinition;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowDiff;
import io.millrace.domain.workflow.WorkflowDraft;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workflow.WorkflowRequest;
import io.millrace.domain.workspace.User;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * A workflow's versions (its deployments), their differences, rollbacks, and its draft: changes saved and
 * validated like a deploy that run only once the draft is deployed. Checks happen here, outside transactions;
 * the changes go through {@link WorkflowWriter}.
 */
@ApplicationScoped
public class WorkflowVersions {
    /** What {@code from} or {@code to} of a diff may name instead of a version number. */
    public static final String DRAFT = "draft";

    @Inject
    WorkflowService service;
    @Inject
    WorkflowRepository workflows;
    @Inject
    WorkflowWriter writer;
    @Inject
    Dispatcher dispatcher;

    public Page<VersionView> list(User caller, String id, PageRequest page) {
        Workflow workflow = service.find(caller, id);
        return workflows.deployments(id, page).map(d -> new VersionView(d, d.version() == workflow.version()));
    }

    public VersionView get(User caller, String id, String version) {
        Workflow workflow = service.find(caller, id);
        WorkflowDeployment d = deployment(workflow, number(version, "version"));
        return new VersionView(d, d.version() == workflow.version());
    }

    /** The difference between two versions ({@code draft} names the draft); {@code to} defaults to the live one, {@code from} to the one before {@code to}. */
    public JsonObject diff(User caller, String id, String from, String to) {
        Workflow workflow = service.find(caller, id);
        Side newer = side(workflow, to == null ? String.valueOf(workflow.version()) : to, "to");
        Side older = side(workflow, from == null ? String.valueOf(Math.max(1, newer.version - 1)) : from, "from");
        return WorkflowDiff.between(older.version, older.definition, newer.version, newer.definition);
    }

    /** Deploys a copy of an earlier version as the next version. */
    public WorkflowView rollback(User caller, String id, JsonValue body) {
        JsonObject o = BodyFields.body(body, Set.of("version", "message"));
        if (!(o.get("version") instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1
                || n.longValue() > Integer.MAX_VALUE) {
            throw new InvalidInputException("version", "version must be a version number (an integer from 1)");
        }
        String message = message(o);
        Workflow workflow = service.find(caller, id);
        WorkflowDeployment old = deployment(workflow, n.intValue());
        service.checkSources(caller.workspaceId(), old.definition());
        WorkflowView view = writer.rollback(caller.workspaceId(), id, old.version(), old.definition(),
                new Author(caller.id(), message != null ? message : "rollback to version " + old.version()))
                .orElseThrow(() -> WorkflowService.notFound(id));
        dispatcher.dispatch(id);
        return view;
    }

    public WorkflowDraft draft(User caller, String id) {
        service.find(caller, id);
        return workflows.draft(id).orElseThrow(() -> noDraft(id));
    }

    /**
     * Saves a draft: the body changes the current draft (or, without one, the live definition) as a {@code PUT}
     * changes the workflow, and is checked as a deploy is. Nothing runs.
     */
    public WorkflowDraft saveDraft(User caller, String id, JsonValue body) {
        Workflow workflow = service.find(caller, id);
        WorkflowDefinition base = workflows.draft(id).map(WorkflowDraft::definition)
                .orElseGet(() -> workflows.deployment(workflow.deploymentId()).orElseThrow().definition());
        WorkflowRequest request = DefinitionParser.parse(body, base);
        if (request.projectId() != null || request.folderGiven() || request.active() != null) {
            throw new InvalidInputException(request.projectId() != null ? "project_id"
                    : request.folderGiven() ? "folder_id" : "active",
                    "a draft holds the definition only: change project_id, folder_id and active on the workflow");
        }
        WorkflowDefinition definition = service.prepare(caller.workspaceId(),
                request.definition() != null ? request.definition() : base);
        if (!writer.saveDraft(caller.workspaceId(), id, definition, new Author(caller.id(), request.message()))) {
            throw WorkflowService.notFound(id);
        }
        return workflows.draft(id).orElseThrow(() -> noDraft(id));
    }

    /** Deploys the draft as the next version (checked again: a source it names may be gone) and removes it. */
    public WorkflowView deployDraft(User caller, String id, JsonValue body) {
        JsonObject o = body == null ? JsonValue.EMPTY_JSON_OBJECT : BodyFields.body(body, Set.of("message"));
        WorkflowDraft draft = draft(caller, id);
        String message = message(o);
        WorkflowDefinition definition = service.prepare(caller.workspaceId(), draft.definition());
        WorkflowView view = writer.deployDraft(caller.workspaceId(), id, definition,
                        new Author(caller.id(), message != null ? message : draft.message()))
                .orElseThrow(() -> noDraft(id));
        dispatcher.dispatch(id);
        return view;
    }

    public void discardDraft(User caller, String id) {
        service.find(caller, id);
        if (!writer.discardDraft(caller.workspaceId(), id)) {
            throw noDraft(id);
        }
    }

    /** One side of a diff: a version's number and definition (the draft counts as the version after the live one). */
    private record Side(int version, WorkflowDefinition definition) {
    }

    private Side side(Workflow workflow, String value, String field) {
        if (DRAFT.equals(value)) {
            WorkflowDraft draft = workflows.draft(workflow.id()).orElseThrow(() -> noDraft(workflow.id()));
            return new Side(workflow.version() + 1, draft.definition());
        }
        WorkflowDeployment d = deployment(workflow, number(value, field));
        return new Side(d.version(), d.definition());
    }

    private WorkflowDeployment deployment(Workflow workflow, int version) {
        return workflows.deployment(workflow.id(), version).orElseThrow(() -> new NotFoundException(
                "version " + version + " of workflow " + Quoted.value(workflow.id()) + " not found"));
    }

    private static int number(String value, String field) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidInputException(field, field + " must be a version number (an integer from 1)"
                + (field.equals("version") ? "" : " or draft") + ", not " + Quoted.of(value));
    }

    private static String message(JsonObject o) {
        String message = BodyFields.text(o, "message");
        if (message != null && message.length() > WorkflowDeployment.MAX_MESSAGE_LENGTH) {
            throw new InvalidInputException("message", "message must be at most "
                    + WorkflowDeployment.MAX_MESSAGE_LENGTH + " characters");
        }
        return message == null || message.isBlank() ? null : message;
    }

    private static NotFoundException noDraft(String id) {
        return new NotFoundException("workflow " + Quoted.value(id) + " has no draft");
    }
}
