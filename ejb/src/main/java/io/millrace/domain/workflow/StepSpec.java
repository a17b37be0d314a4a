package io.millrace.domain.workflow;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One step of a definition: a named JavaScript code step, its configured prop values, and the npm
 * packages its imports resolved to when it was deployed (name → exact version; every run of the
 * deployment uses the same versions). A step may name a saved or registry component (an action) with
 * {@code component} instead of giving code: at deploy its code is copied into the step and the
 * component's id pinned in {@code componentId}, so the deployment keeps running that version.
 *
 * @param code        the code, or null for a component step not yet resolved
 * @param component   the {@code component} the definition names (registry key or {@code sc_…} id), or null
 * @param componentId the saved component the code came from, or null
 * @param block       for a control-flow step (type {@code if_else}, {@code switch}, ...), its settings and
 *                    segments; null for a code or action step (whose code is then given)
 */
public record StepSpec(String name, String type, String lang, String code, JsonObject props, JsonObject packages,
                       String component, String componentId, Block block) {

    /** A code or action step. */
    public StepSpec(String name, String type, String lang, String code, JsonObject props, JsonObject packages,
                    String component, String componentId) {
        this(name, type, lang, code, props, packages, component, componentId, null);
    }

    /** A control-flow step. */
    public static StepSpec block(String name, Block block) {
        return new StepSpec(name, block.kind(), "javascript", null, JsonValue.EMPTY_JSON_OBJECT,
                JsonValue.EMPTY_JSON_OBJECT, null, null, block);
    }

    public boolean isBlock() {
        return block != null;
    }

    /** This step and, for a block, every step inside it, depth first in definition order. */
    public java.util.stream.Stream<StepSpec> flatten() {
        if (block == null) {
            return java.util.stream.Stream.of(this);
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                block.branches().stream().flatMap(b -> b.steps().stream()).flatMap(StepSpec::flatten));
    }

    /** A step whose imports have not been resolved (yet). */
    public StepSpec(String name, String type, String lang, String code, JsonObject props) {
        this(name, type, lang, code, props, JsonValue.EMPTY_JSON_OBJECT);
    }

    /** A code step (no component). */
    public StepSpec(String name, String type, String lang, String code, JsonObject props, JsonObject packages) {
        this(name, type, lang, code, props, packages, null, null);
    }

    public StepSpec withPackages(JsonObject resolved) {
        return new StepSpec(name, type, lang, code, props, resolved, component, componentId);
    }

    /** This component step with the component's code and id. */
    public StepSpec withComponent(String componentCode, String id) {
        return new StepSpec(name, type, lang, componentCode, props, packages, component, id);
    }

    public JsonObject toJson() {
        if (block != null) {
            return block.addTo(Jsonp.createObjectBuilder().add("name", name).add("type", type), StepSpec::toJson)
                    .build();
        }
        var b = Jsonp.createObjectBuilder()
                .add("name", name).add("type", type).add("lang", lang).add("code", code).add("props", props);
        if (!packages.isEmpty()) {
            b.add("packages", packages);
        }
        if (component != null) {
            b.add("component", component);
        }
        if (componentId != null) {
            b.add("component_id", componentId);
        }
        return b.build();
    }

    static StepSpec fromJson(JsonObject o) {
        if (Block.KINDS.contains(o.getString("type"))) {
            return DefinitionParser.block(o, "steps", StepSpec::fromJson);
        }
        return new StepSpec(o.getString("name"), o.getString("type"), o.getString("lang"), o.getString("code"),
                o.getJsonObject("props"),
                o.containsKey("packages") ? o.getJsonObject("packages") : JsonValue.EMPTY_JSON_OBJECT,
                o.getString("component", null), o.getString("component_id", null));
    }
}
