package io.millrace.domain.workflow;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One trigger of a definition: {@code http} (an endpoint) or {@code source} (the events the source
 * {@code sourceId} emits on its default channel).
 */
public record TriggerSpec(String type, String sourceId) {
    public static final String HTTP = "http";
    public static final String SOURCE = "source";

    public JsonObject toJson() {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("type", type);
        if (sourceId != null) {
            b.add("source_id", sourceId);
        }
        return b.build();
    }

    static TriggerSpec fromJson(JsonObject o) {
        return new TriggerSpec(o.getString("type"), o.getString("source_id", null));
    }
}
