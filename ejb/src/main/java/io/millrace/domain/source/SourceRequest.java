package io.millrace.domain.source;

import io.millrace.shared.BodyFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The body of {@code POST /v1/sources} or {@code PUT /v1/sources/{id}}: what component (by
 * {@code component_id}, {@code component_code}, {@code component_url} or registry {@code key}), its
 * {@code configured_props}, the {@code name}, (create only) the {@code project_id} it belongs to (default:
 * the workspace's default project), and (update only) {@code active}. The common
 * parameters {@code org_id}, {@code include} and {@code exclude} are accepted and ignored here.
 */
public record SourceRequest(String componentId, String componentCode, String componentUrl, String key,
                            String name, JsonObject configuredProps, Boolean active, String projectId) {
    private static final Set<String> CREATE_FIELDS = Set.of("component_id", "component_code", "component_url",
            "key", "name", "configured_props", "project_id", "org_id", "include", "exclude");
    private static final Set<String> UPDATE_FIELDS = Set.of("component_id", "component_code", "component_url",
            "key", "name", "configured_props", "active", "org_id", "include", "exclude");
    private static final int MAX_NAME_LENGTH = 255;

    /** @param update true for {@code PUT} (which takes {@code active}) */
    public static SourceRequest parse(JsonValue body, boolean update) {
        JsonObject o = BodyFields.body(body, update ? UPDATE_FIELDS : CREATE_FIELDS);
        String name = BodyFields.nonBlankText(o, "name", MAX_NAME_LENGTH);
        JsonObject props = BodyFields.optionalObject(o, "configured_props");
        Boolean active = BodyFields.bool(o, "active");
        return new SourceRequest(BodyFields.text(o, "component_id"), BodyFields.text(o, "component_code"),
                BodyFields.text(o, "component_url"), BodyFields.text(o, "key"), name, props, active,
                update ? null : BodyFields.text(o, "project_id"));
    }

    /** True when the request names a component. */
    public boolean namesComponent() {
        return componentId != null || componentCode != null || componentUrl != null || key != null;
    }
}
