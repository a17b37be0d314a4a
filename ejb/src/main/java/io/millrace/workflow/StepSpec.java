package io.millrace.workflow;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** One step of a definition: a named JavaScript code step and its configured prop values. */
public record StepSpec(String name, String type, String lang, String code, JsonObject props) {

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("name", name).add("type", type).add("lang", lang).add("code", code).add("props", props)
                .build();
    }

    static StepSpec fromJson(JsonObject o) {
        return new StepSpec(o.getString("name"), o.getString("type"), o.getString("lang"), o.getString("code"),
                o.getJsonObject("props"));
    }
}
