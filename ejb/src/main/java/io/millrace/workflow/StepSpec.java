package io.millrace.workflow;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One step of a definition: a named JavaScript code step, its configured prop values, and the npm
 * packages its imports resolved to when it was deployed (name → exact version; every run of the
 * deployment uses the same versions).
 */
public record StepSpec(String name, String type, String lang, String code, JsonObject props, JsonObject packages) {

    /** A step whose imports have not been resolved (yet). */
    public StepSpec(String name, String type, String lang, String code, JsonObject props) {
        this(name, type, lang, code, props, JsonValue.EMPTY_JSON_OBJECT);
    }

    public StepSpec withPackages(JsonObject resolved) {
        return new StepSpec(name, type, lang, code, props, resolved);
    }

    public JsonObject toJson() {
        var b = Jsonp.createObjectBuilder()
                .add("name", name).add("type", type).add("lang", lang).add("code", code).add("props", props);
        if (!packages.isEmpty()) {
            b.add("packages", packages);
        }
        return b.build();
    }

    static StepSpec fromJson(JsonObject o) {
        return new StepSpec(o.getString("name"), o.getString("type"), o.getString("lang"), o.getString("code"),
                o.getJsonObject("props"),
                o.containsKey("packages") ? o.getJsonObject("packages") : JsonValue.EMPTY_JSON_OBJECT);
    }
}
