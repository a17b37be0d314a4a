package io.millrace.web.scim;

import io.millrace.application.scim.ScimPage;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** What {@code /ServiceProviderConfig}, {@code /ResourceTypes} and {@code /Schemas} say (RFC 7643 §5–7). */
final class ScimDiscovery {
    private static final String CONFIG_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    private static final String TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    private static final String SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    private ScimDiscovery() {
    }

    static JsonObject config(String base) {
        return Jsonp.createObjectBuilder()
                .add("schemas", Jsonp.createArrayBuilder().add(CONFIG_SCHEMA))
                .add("documentationUri", base + "/openapi/ui")
                .add("patch", supported(true))
                .add("bulk", supported(false).add("maxOperations", 0).add("maxPayloadSize", 0))
                .add("filter", supported(true).add("maxResults", ScimPage.MAX_RESULTS))
                .add("changePassword", supported(false))
                .add("sort", supported(false))
                .add("etag", supported(false))
                .add("authenticationSchemes", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                        .add("type", "oauthbearertoken").add("name", "SCIM bearer token")
                        .add("description", "A token of the workspace from POST /v1/workspaces/{org_id}/scim_tokens")
                        .add("primary", true)))
                .add("meta", Jsonp.createObjectBuilder().add("resourceType", "ServiceProviderConfig")
                        .add("location", base + "/scim/v2/ServiceProviderConfig"))
                .build();
    }

    static List<JsonObject> resourceTypes(String base) {
        return List.of(resourceType(base, "User", "/Users", ScimJson.USER_SCHEMA),
                resourceType(base, "Group", "/Groups", ScimJson.GROUP_SCHEMA));
    }

    static List<JsonObject> schemas(String base) {
        JsonArrayBuilder user = Jsonp.createArrayBuilder()
                .add(attribute("userName", "string", true, "readWrite", "server", false))
                .add(attribute("externalId", "string", false, "readWrite", "none", true))
                .add(attribute("displayName", "string", false, "readWrite", "none", false))
                .add(complex("name", false, attribute("givenName", "string", false, "readWrite", "none", false),
                        attribute("familyName", "string", false, "readWrite", "none", false),
                        attribute("formatted", "string", false, "readOnly", "none", false)))
                .add(complex("emails", true, attribute("value", "string", false, "readWrite", "none", false),
                        attribute("type", "string", false, "readWrite", "none", false),
                        attribute("primary", "boolean", false, "readWrite", "none", false)))
                .add(attribute("active", "boolean", false, "readWrite", "none", false))
                .add(complex("groups", true, attribute("value", "string", false, "readOnly", "none", false),
                        attribute("display", "string", false, "readOnly", "none", false)));
        JsonArrayBuilder group = Jsonp.createArrayBuilder()
                .add(attribute("displayName", "string", true, "readOnly", "server", false))
                .add(complex("members", true, attribute("value", "string", false, "immutable", "none", false),
                        attribute("display", "string", false, "readOnly", "none", false)));
        return List.of(schema(base, ScimJson.USER_SCHEMA, "User", "A member of the workspace", user),
                schema(base, ScimJson.GROUP_SCHEMA, "Group", "A role in the workspace: admin or member", group));
    }

    private static JsonObjectBuilder supported(boolean yes) {
        return Jsonp.createObjectBuilder().add("supported", yes);
    }

    private static JsonObject resourceType(String base, String name, String endpoint, String schema) {
        return Jsonp.createObjectBuilder()
                .add("schemas", Jsonp.createArrayBuilder().add(TYPE_SCHEMA))
                .add("id", name).add("name", name).add("endpoint", endpoint).add("schema", schema)
                .add("meta", Jsonp.createObjectBuilder().add("resourceType", "ResourceType")
                        .add("location", base + "/scim/v2/ResourceTypes/" + name))
                .build();
    }

    private static JsonObject schema(String base, String id, String name, String description, JsonArrayBuilder attributes) {
        return Jsonp.createObjectBuilder()
                .add("schemas", Jsonp.createArrayBuilder().add(SCHEMA_SCHEMA))
                .add("id", id).add("name", name).add("description", description).add("attributes", attributes)
                .add("meta", Jsonp.createObjectBuilder().add("resourceType", "Schema")
                        .add("location", base + "/scim/v2/Schemas/" + id))
                .build();
    }

    private static JsonObjectBuilder attribute(String name, String type, boolean required, String mutability,
                                               String uniqueness, boolean caseExact) {
        return Jsonp.createObjectBuilder().add("name", name).add("type", type).add("multiValued", false)
                .add("required", required).add("caseExact", caseExact).add("mutability", mutability)
                .add("returned", "default").add("uniqueness", uniqueness);
    }

    private static JsonObjectBuilder complex(String name, boolean multiValued, JsonObjectBuilder... subs) {
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        for (JsonObjectBuilder s : subs) {
            a.add(s);
        }
        return Jsonp.createObjectBuilder().add("name", name).add("type", "complex").add("multiValued", multiValued)
                .add("required", false).add("mutability", "readWrite").add("returned", "default")
                .add("subAttributes", a);
    }
}
