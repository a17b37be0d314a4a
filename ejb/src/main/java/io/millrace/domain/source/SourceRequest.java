package io.millrace.domain.source;

import io.millrace.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The body of {@code POST /v1/sources} or {@code PUT /v1/sources/{id}}: what component (by
 * {@code component_id}, {@code component_code}, {@code component_url} or registry {@code key}), its
 * {@code configured_props}, the {@code name}, and (update only) {@code active}. The common
 * parameters {@code org_id}, {@code include} and {@code exclude} are accepted and ignored here.
 */
public record SourceRequest(String componentId, String componentCode, String componentUrl, String key,
                            String name, JsonObject configuredProps, Boolean active) {
    private static final Set<String> FIELDS = Set.of("component_id", "component_code", "component_url", "key",
            "name", "configured_props", "active", "org_id", "include", "exclude");
    private static final int MAX_NAME_LENGTH = 255;

    /** @param update true for {@code PUT} (which takes {@code active}) */
    public static SourceRequest parse(JsonValue body, boolean update) {
        if (!(body instanceof JsonObject o)) {
            throw new InvalidInputException(null, "the request body must be a JSON object");
        }
        for (String field : o.keySet()) {
            if (!FIELDS.contains(field) || (!update && field.equals("active"))) {
                throw new InvalidInputException(field, "unknown field '" + field + "'");
            }
        }
        String name = string(o, "name");
        if (name != null && name.isBlank()) {
            throw new InvalidInputException("name", "name must not be blank");
        }
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        JsonValue props = o.get("configured_props");
        if (props != null && props.getValueType() != JsonValue.ValueType.NULL
                && props.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("configured_props", "configured_props must be an object");
        }
        JsonValue active = o.get("active");
        if (active != null && active != JsonValue.TRUE && active != JsonValue.FALSE
                && active.getValueType() != JsonValue.ValueType.NULL) {
            throw new InvalidInputException("active", "active must be a boolean");
        }
        return new SourceRequest(string(o, "component_id"), string(o, "component_code"), string(o, "component_url"),
                string(o, "key"), name,
                props instanceof JsonObject p ? p : null,
                active == JsonValue.TRUE ? Boolean.TRUE : active == JsonValue.FALSE ? Boolean.FALSE : null);
    }

    /** True when the request names a component. */
    public boolean namesComponent() {
        return componentId != null || componentCode != null || componentUrl != null || key != null;
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidInputException(key, key + " must be a string");
        }
        return s.getString();
    }
}
