package io.millrace.web.api.workflow;

import io.millrace.application.workflow.VersionView;
import io.millrace.domain.workflow.WorkflowDefinition;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowDraft;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** A workflow's versions and draft as the API shows them. */
final class VersionJson {
    private VersionJson() {
    }

    /** A version without its definition (in lists). */
    static JsonObjectBuilder summary(VersionView view) {
        WorkflowDeployment d = view.deployment();
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("version", d.version()).add("deployment_id", d.id())
                .add("workflow_id", d.workflowId());
        Renders.addNullable(b, "author_id", d.authorId());
        Renders.addNullable(b, "message", d.message());
        return b.add("live", view.live()).add("created_at", Renders.seconds(d.createdAt()));
    }

    /** A version with its whole definition. */
    static JsonObjectBuilder full(VersionView view) {
        return definition(summary(view), view.deployment().definition());
    }

    static JsonObjectBuilder draft(WorkflowDraft draft) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("workflow_id", draft.workflowId())
                .add("base_version", draft.baseVersion());
        Renders.addNullable(b, "author_id", draft.authorId());
        Renders.addNullable(b, "message", draft.message());
        b.add("created_at", Renders.seconds(draft.createdAt())).add("updated_at", Renders.seconds(draft.updatedAt()));
        return definition(b, draft.definition());
    }

    /** The definition's name, triggers (as defined: {@code type} and {@code source_id}), steps and settings. */
    private static JsonObjectBuilder definition(JsonObjectBuilder b, WorkflowDefinition definition) {
        JsonArrayBuilder triggers = Jsonp.createArrayBuilder();
        definition.triggers().forEach(t -> triggers.add(t.toJson()));
        JsonArrayBuilder steps = Jsonp.createArrayBuilder();
        definition.steps().forEach(s -> steps.add(s.toJson()));
        return b.add("name", definition.name()).add("triggers", triggers).add("steps", steps)
                .add("settings", definition.settings());
    }
}
