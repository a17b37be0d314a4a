package io.millrace.domain.workflow;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One trigger of a definition: {@code http} (an endpoint, with its {@link TriggerAuth}) or {@code source}
 * (the events the source {@code sourceId} emits on its default channel).
 */
public record TriggerSpec(String type, String sourceId, TriggerAuth auth) {
    public static final String HTTP = "http";
    public static final String SOURCE = "source";

    public TriggerSpec {
        auth = HTTP.equals(type) && auth == null ? TriggerAuth.PUBLIC : auth;
    }

    public TriggerSpec(String type, String sourceId) {
        this(type, sourceId, null);
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("type", type);
        if (sourceId != null) {
            b.add("source_id", sourceId);
        }
        if (auth != null && !auth.isPublic()) {
            b.add("auth", auth.toJson());
        }
        return b.build();
    }

    static TriggerSpec fromJson(JsonObject o) {
        JsonObject auth = o.containsKey("auth") ? o.getJsonObject("auth") : null;
        return new TriggerSpec(o.getString("type"), o.getString("source_id", null),
                HTTP.equals(o.getString("type")) ? TriggerAuth.fromStored(auth) : null);
    }
}
