package io.millrace.domain.workflow;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A workflow as a file in the format of docs/workflow-format.md: what {@code POST /v1/workflows} and
 * {@code POST /v1/workflows/import} take, without anything the server assigns (ids, versions, endpoint keys,
 * resolved npm versions, copied component code) and without defaults ({@code type: code},
 * {@code lang: javascript}, empty {@code props} and {@code settings}). Importing it deploys the same definition.
 */
public final class WorkflowDocument {
    private WorkflowDocument() {
    }

    public static JsonObject of(WorkflowDefinition definition, boolean active) {
        JsonArrayBuilder triggers = Jsonp.createArrayBuilder();
        definition.triggers().forEach(t -> triggers.add(t.toJson()));
        JsonArrayBuilder steps = Jsonp.createArrayBuilder();
        definition.steps().forEach(s -> steps.add(step(s)));
        JsonObjectBuilder doc = Jsonp.createObjectBuilder().add("name", definition.name()).add("active", active)
                .add("triggers", triggers).add("steps", steps);
        if (!definition.settings().isEmpty()) {
            doc.add("settings", definition.settings());
        }
        return doc.build();
    }

    private static JsonObject step(StepSpec s) {
        if (s.isBlock()) {
            return s.block().addTo(Jsonp.createObjectBuilder().add("name", s.name()).add("type", s.type()),
                    WorkflowDocument::step).build();
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("name", s.name());
        if (!"code".equals(s.type())) {
            b.add("type", s.type());
        }
        if (s.component() != null) {
            b.add("component", s.component());
        } else {
            b.add("code", s.code());
        }
        if (s.props() != null && !s.props().isEmpty()) {
            b.add("props", s.props());
        }
        return b.build();
    }
}
