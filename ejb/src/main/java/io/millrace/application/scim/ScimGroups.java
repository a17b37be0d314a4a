package io.millrace.application.scim;

import io.millrace.application.identity.BrowserSessions;
import io.millrace.domain.scim.Filter;
import io.millrace.domain.scim.FilterParser;
import io.millrace.domain.scim.ScimProblem;
import io.millrace.domain.workspace.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workspace's two fixed groups, which are its roles ({@link ScimGroup}). PATCH of their {@code members}:
 * adding to {@code admin} makes a member an admin, removing from it (or adding to {@code member}) makes an
 * admin a member; removing from {@code member} changes nothing (a user leaves the workspace by being
 * deactivated or deleted under /Users). The owner is never demoted ({@code mutability}). Groups cannot be
 * created, replaced or deleted.
 */
@ApplicationScoped
public class ScimGroups {
    private static final Pattern MEMBER_PATH = Pattern.compile("members\\[\\s*value\\s+eq\\s+\"([^\"]{1,64})\"\\s*\\]",
            Pattern.CASE_INSENSITIVE);

    @Inject
    ScimUsers users;
    @Inject
    ScimUserWriter writer;
    @Inject
    BrowserSessions sessions;

    public ScimPage<ScimGroup> list(ScimClient client, String filter, int startIndex, int count) {
        Filter f = filter == null ? null : FilterParser.parse(filter, ScimGroup.FILTER_PATHS);
        List<ScimGroup> all = List.of(group(client, ScimGroup.ADMIN), group(client, ScimGroup.MEMBER));
        return ScimPage.of(f == null ? all : all.stream().filter(g -> f.matches(g::values)).toList(), startIndex, count);
    }

    public ScimGroup get(ScimClient client, String id) {
        return group(client, ScimGroup.known(id).orElseThrow(() -> notFound(id)));
    }

    public ScimGroup patch(ScimClient client, String rawId, JsonObject body) {
        String id = ScimGroup.known(rawId).orElseThrow(() -> notFound(rawId));
        Map<String, ScimUser> active = new LinkedHashMap<>();
        users.all(client.workspaceId()).stream().filter(ScimUser::active).forEach(u -> active.put(u.user().id(), u));
        Map<String, Role> roles = new LinkedHashMap<>();
        active.forEach((k, u) -> roles.put(k, u.role()));
        for (JsonValue v : ScimUserPatch.operations(body)) {
            JsonObject o = ScimValues.object(v, "each operation");
            String op = ScimUserPatch.op(o);
            String path = ScimValues.string(o.get("path"), "path", 200);
            JsonValue value = o.get("value");
            if (path == null) {
                if (op.equals("remove")) {
                    throw ScimProblem.noTarget("remove needs a path");
                }
                JsonObject attributes = ScimValues.object(value, "value");
                for (Map.Entry<String, JsonValue> e : attributes.entrySet()) {
                    apply(id, op, ScimValues.path(e.getKey()), e.getValue(), roles);
                }
            } else {
                apply(id, op, path.trim(), value, roles);
            }
        }
        roles.forEach((userId, role) -> {
            Role before = active.get(userId).role();
            if (role != before) {
                writer.changeRole(client.workspaceId(), userId, role);
                if (before.manages() && !role.manages()) {
                    sessions.revokeAll(userId);
                }
            }
        });
        return get(client, id);
    }

    private void apply(String id, String op, String path, JsonValue value, Map<String, Role> roles) {
        Matcher one = MEMBER_PATH.matcher(path);
        if (one.matches() && op.equals("remove")) {
            leave(id, one.group(1), roles);
            return;
        }
        String p = path.toLowerCase(java.util.Locale.ROOT);
        if (p.equals("displayname") || p.equals("urn:ietf:params:scim:schemas:core:2.0:group:displayname")) {
            if (!ScimGroup.displayName(id).equals(ScimValues.string(value, "displayName", 100))) {
                throw ScimProblem.mutability("the groups of Millrace are fixed: their displayName cannot change");
            }
            return;
        }
        if (p.equals("id") || p.equals("externalid") || p.equals("schemas") || p.equals("meta")) {
            return;
        }
        if (!p.equals("members")) {
            throw ScimProblem.invalidPath("a group's members can change, nothing else: not '" + path + "'");
        }
        Set<String> listed = op.equals("remove") && (value == null || value.getValueType() == JsonValue.ValueType.NULL)
                ? new LinkedHashSet<>(roles.keySet().stream().filter(u -> ScimGroup.holds(id, roles.get(u))).toList())
                : memberIds(value, roles);
        switch (op) {
            case "add" -> listed.forEach(u -> join(id, u, roles));
            case "remove" -> listed.forEach(u -> leave(id, u, roles));
            default -> { // replace: the group holds exactly the listed users
                listed.forEach(u -> join(id, u, roles));
                List.copyOf(roles.keySet()).stream().filter(u -> !listed.contains(u) && ScimGroup.holds(id, roles.get(u)))
                        .forEach(u -> leave(id, u, roles));
            }
        }
    }

    private static void join(String id, String userId, Map<String, Role> roles) {
        Role r = roles.get(userId);
        if (id.equals(ScimGroup.ADMIN) && r == Role.MEMBER) {
            roles.put(userId, Role.ADMIN);
        } else if (id.equals(ScimGroup.MEMBER) && r != Role.MEMBER) {
            refuseOwner(r);
            roles.put(userId, Role.MEMBER);
        }
    }

    private static void leave(String id, String userId, Map<String, Role> roles) {
        Role r = roles.get(userId);
        if (r == null || !id.equals(ScimGroup.ADMIN) || r == Role.MEMBER) {
            return; // not in the group; leaving "member" changes nothing
        }
        refuseOwner(r);
        roles.put(userId, Role.MEMBER);
    }

    private static void refuseOwner(Role r) {
        if (r == Role.OWNER) {
            throw ScimProblem.mutability("the workspace's owner stays an admin: SCIM cannot demote it");
        }
    }

    private static Set<String> memberIds(JsonValue value, Map<String, Role> roles) {
        if (!(value instanceof JsonArray a)) {
            throw ScimProblem.invalidValue("members must be an array of {\"value\": \"<user id>\"}");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonValue v : a) {
            String userId = ScimValues.string(ScimValues.object(v, "each member").get("value"), "members.value", 64);
            if (userId == null || !roles.containsKey(userId)) {
                throw ScimProblem.invalidValue("'" + userId + "' is not an active member of this workspace:"
                        + " provision and activate the user first");
            }
            ids.add(userId);
        }
        return ids;
    }

    private ScimGroup group(ScimClient client, String id) {
        List<ScimUser> members = users.all(client.workspaceId()).stream()
                .filter(u -> u.active() && ScimGroup.holds(id, u.role())).toList();
        return new ScimGroup(id, ScimGroup.displayName(id), members);
    }

    private static ScimProblem notFound(String id) {
        return ScimProblem.notFound("group " + (id == null || id.length() > 40 ? "" : id)
                + " not found: the groups are admin and member");
    }
}
