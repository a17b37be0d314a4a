package io.millrace.application.scim;

import io.millrace.domain.workspace.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One of the two fixed groups of a workspace, one per role: {@code admin} ("Millrace admins": the admins and
 * the owner) and {@code member} ("Millrace members": members with the role member).
 */
public record ScimGroup(String id, String displayName, List<ScimUser> members) {
    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";
    public static final Set<String> FILTER_PATHS = Set.of("id", "displayname", "members", "members.value");

    public static String displayName(String id) {
        return id.equals(ADMIN) ? "Millrace admins" : "Millrace members";
    }

    /** Whether a member with this role belongs to group {@code id}. */
    public static boolean holds(String id, Role role) {
        return id.equals(ADMIN) ? role.manages() : role == Role.MEMBER;
    }

    /** The fixed group id, if {@code id} names one. */
    public static Optional<String> known(String id) {
        return Optional.ofNullable(id).map(i -> i.toLowerCase(Locale.ROOT)).filter(i -> i.equals(ADMIN) || i.equals(MEMBER));
    }

    public List<Object> values(String path) {
        return switch (path) {
            case "id" -> List.of(id);
            case "displayname" -> List.of(displayName);
            case "members", "members.value" -> members.stream().map(u -> (Object) u.user().id()).toList();
            default -> List.of();
        };
    }
}
