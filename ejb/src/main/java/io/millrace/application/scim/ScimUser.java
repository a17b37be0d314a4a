package io.millrace.application.scim;

import io.millrace.domain.scim.ScimLink;
import io.millrace.domain.scim.ScimNames;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A user as one workspace's SCIM sees it: active while it is a member ({@code role} not null), its names
 * from the workspace's {@link ScimLink} (null when SCIM never touched it).
 */
public record ScimUser(User user, ScimLink link, Role role, long joinedAt) {
    /** The attribute paths a filter on users may name. */
    public static final Set<String> FILTER_PATHS = Set.of("id", "username", "externalid", "active", "displayname",
            "emails", "emails.value", "emails.type", "emails.primary", "name.givenname", "name.familyname",
            "name.formatted");

    public boolean active() {
        return role != null;
    }

    public ScimNames names() {
        return link == null ? ScimNames.NONE : link.names();
    }

    public long created() {
        return link != null ? Math.min(link.createdAt(), user.createdAt()) : user.createdAt();
    }

    public long lastModified() {
        return Math.max(link == null ? 0 : link.updatedAt(), Math.max(joinedAt, user.createdAt()));
    }

    /** The values of a filter path (see {@link #FILTER_PATHS}). */
    public List<Object> values(String path) {
        ScimNames n = names();
        return switch (path) {
            case "id" -> List.of(user.id());
            case "username" -> List.of(user.username());
            case "externalid" -> nullable(n.externalId());
            case "active" -> List.of(active());
            case "displayname" -> nullable(n.displayName());
            case "emails", "emails.value" -> nullable(user.email());
            case "emails.type" -> user.email() == null ? List.of() : List.of("work");
            case "emails.primary" -> user.email() == null ? List.of() : List.of(true);
            case "name.givenname" -> nullable(n.givenName());
            case "name.familyname" -> nullable(n.familyName());
            case "name.formatted" -> nullable(n.formatted());
            default -> List.of();
        };
    }

    private static List<Object> nullable(Object v) {
        return v == null ? List.of() : new ArrayList<>(Arrays.asList(v));
    }
}
