package io.millrace.workflow;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;

/** One trigger of a definition. Only {@code http} exists so far. */
public record TriggerSpec(String type) {
    public static final String HTTP = "http";

    public JsonObject toJson() {
        return Jsonp.createObjectBuilder().add("type", type).build();
    }

    static TriggerSpec fromJson(JsonObject o) {
        return new TriggerSpec(o.getString("type"));
    }
}
