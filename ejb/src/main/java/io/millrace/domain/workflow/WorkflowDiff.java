package io.millrace.domain.workflow;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The structured difference between two versions of a workflow's definition: the name, the triggers added and
 * removed, the settings added, removed and changed, and the steps ({@link StepDiff}). Pure: it compares two
 * definitions and builds JSON, documented in docs/api.md ("Versions").
 */
public final class WorkflowDiff {
    private WorkflowDiff() {
    }

    /** The difference from version {@code fromVersion} ({@code from}) to {@code toVersion} ({@code to}). */
    public static JsonObject between(int fromVersion, WorkflowDefinition from, int toVersion, WorkflowDefinition to) {
        JsonObject triggers = triggers(from.triggers(), to.triggers());
        JsonObject settings = settings(from.settings(), to.settings());
        JsonObject steps = StepDiff.between(from.steps(), to.steps());
        boolean renamed = !from.name().equals(to.name());
        boolean changed = renamed || !triggers.getJsonArray("added").isEmpty()
                || !triggers.getJsonArray("removed").isEmpty() || !from.settings().equals(to.settings())
                || StepDiff.changesAnything(steps);
        JsonObjectBuilder out = Jsonp.createObjectBuilder().add("from", fromVersion).add("to", toVersion)
                .add("changed", changed);
        out.add("name", renamed ? Jsonp.createObjectBuilder().add("from", from.name()).add("to", to.name()).build()
                : JsonValue.NULL);
        return out.add("triggers", triggers).add("settings", settings).add("steps", steps).build();
    }

    /** Triggers are compared as lists of their definitions: each one of {@code to} without its equal in {@code from} was added. */
    static JsonObject triggers(List<TriggerSpec> from, List<TriggerSpec> to) {
        List<TriggerSpec> removed = new ArrayList<>(from);
        List<TriggerSpec> added = new ArrayList<>();
        for (TriggerSpec t : to) {
            if (!removed.remove(t)) {
                added.add(t);
            }
        }
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        added.forEach(t -> a.add(t.toJson()));
        JsonArrayBuilder r = Jsonp.createArrayBuilder();
        removed.forEach(t -> r.add(t.toJson()));
        return Jsonp.createObjectBuilder().add("added", a).add("removed", r).build();
    }

    static JsonObject settings(JsonObject from, JsonObject to) {
        JsonObjectBuilder added = Jsonp.createObjectBuilder();
        JsonObjectBuilder removed = Jsonp.createObjectBuilder();
        JsonObjectBuilder changed = Jsonp.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : to.entrySet()) {
            JsonValue old = from.get(e.getKey());
            if (old == null) {
                added.add(e.getKey(), e.getValue());
            } else if (!Objects.equals(old, e.getValue())) {
                changed.add(e.getKey(), Jsonp.createObjectBuilder().add("from", old).add("to", e.getValue()));
            }
        }
        from.forEach((key, value) -> {
            if (!to.containsKey(key)) {
                removed.add(key, value);
            }
        });
        return Jsonp.createObjectBuilder().add("added", added).add("removed", removed).add("changed", changed).build();
    }
}
