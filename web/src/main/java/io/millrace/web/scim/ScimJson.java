package io.millrace.web.scim;

import io.millrace.application.scim.ScimGroup;
import io.millrace.application.scim.ScimPage;
import io.millrace.application.scim.ScimUser;
import io.millrace.domain.scim.ScimNames;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** SCIM resources as JSON (RFC 7643), with {@code meta.location} under the server's base URL. */
final class ScimJson {
    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private ScimJson() {
    }

    static JsonObject user(ScimUser u, String base) {
        ScimNames n = u.names();
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("schemas", Jsonp.createArrayBuilder().add(USER_SCHEMA))
                .add("id", u.user().id())
                .add("userName", u.user().username());
        if (n.externalId() != null) {
            b.add("externalId", n.externalId());
        }
        JsonObjectBuilder name = Jsonp.createObjectBuilder();
        addIf(name, "givenName", n.givenName());
        addIf(name, "familyName", n.familyName());
        addIf(name, "formatted", n.formatted());
        b.add("name", name);
        b.add("displayName", n.displayName() != null ? n.displayName()
                : n.formatted() != null ? n.formatted() : u.user().username());
        if (u.user().email() != null) {
            b.add("emails", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                    .add("value", u.user().email()).add("type", "work").add("primary", true)));
        }
        b.add("active", u.active());
        JsonArrayBuilder groups = Jsonp.createArrayBuilder();
        if (u.active()) {
            String g = ScimGroup.holds(ScimGroup.ADMIN, u.role()) ? ScimGroup.ADMIN : ScimGroup.MEMBER;
            groups.add(Jsonp.createObjectBuilder().add("value", g).add("display", ScimGroup.displayName(g))
                    .add("$ref", base + "/scim/v2/Groups/" + g));
        }
        b.add("groups", groups);
        b.add("meta", meta("User", u.created(), u.lastModified(), base + "/scim/v2/Users/" + u.user().id()));
        return b.build();
    }

    static JsonObject group(ScimGroup g, String base) {
        JsonArrayBuilder members = Jsonp.createArrayBuilder();
        for (ScimUser u : g.members()) {
            members.add(Jsonp.createObjectBuilder().add("value", u.user().id()).add("display", u.user().username())
                    .add("$ref", base + "/scim/v2/Users/" + u.user().id()).add("type", "User"));
        }
        long modified = g.members().stream().mapToLong(ScimUser::lastModified).max().orElse(0);
        return Jsonp.createObjectBuilder()
                .add("schemas", Jsonp.createArrayBuilder().add(GROUP_SCHEMA))
                .add("id", g.id())
                .add("displayName", g.displayName())
                .add("members", members)
                .add("meta", meta("Group", 0, modified, base + "/scim/v2/Groups/" + g.id()))
                .build();
    }

    static <T> JsonObject list(ScimPage<T> page, Function<T, JsonObject> render) {
        JsonArrayBuilder resources = Jsonp.createArrayBuilder();
        page.resources().forEach(r -> resources.add(render.apply(r)));
        return Jsonp.createObjectBuilder()
                .add("schemas", Jsonp.createArrayBuilder().add(LIST_SCHEMA))
                .add("totalResults", page.total())
                .add("startIndex", page.startIndex())
                .add("itemsPerPage", page.resources().size())
                .add("Resources", resources)
                .build();
    }

    static JsonObject list(List<JsonObject> all) {
        JsonArrayBuilder resources = Jsonp.createArrayBuilder();
        all.forEach(resources::add);
        return Jsonp.createObjectBuilder()
                .add("schemas", Jsonp.createArrayBuilder().add(LIST_SCHEMA))
                .add("totalResults", all.size()).add("startIndex", 1).add("itemsPerPage", all.size())
                .add("Resources", resources).build();
    }

    private static JsonObjectBuilder meta(String type, long created, long modified, String location) {
        return Jsonp.createObjectBuilder().add("resourceType", type)
                .add("created", Instant.ofEpochMilli(created).toString())
                .add("lastModified", Instant.ofEpochMilli(Math.max(created, modified)).toString())
                .add("location", location);
    }

    private static void addIf(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
