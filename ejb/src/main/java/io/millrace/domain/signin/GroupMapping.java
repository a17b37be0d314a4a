package io.millrace.domain.signin;

import io.millrace.domain.workspace.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which directory or provider groups give which role in which workspace: parsed from
 * {@code MILLRACE_SSO_GROUPS}, a comma-separated list of {@code group=orgname:role} (role {@code admin} or
 * {@code member}: a workspace has one owner, who is made in Millrace, never by a group), and the default workspace ({@code MILLRACE_SSO_DEFAULT_WORKSPACE}) that
 * people with no mapped group join as members. Groups match without regard to case, by their whole name
 * or, for an LDAP DN, by the value of its first component ({@code cn=ops,ou=groups,…} matches {@code ops}).
 */
public final class GroupMapping {
    private record Rule(String group, String orgname, Role role) {
    }

    private final List<Rule> rules;
    private final String defaultWorkspace;

    private GroupMapping(List<Rule> rules, String defaultWorkspace) {
        this.rules = rules;
        this.defaultWorkspace = defaultWorkspace;
    }

    /**
     * @throws IllegalArgumentException naming the entry that is not {@code group=orgname:role}
     */
    public static GroupMapping parse(String groups, String defaultWorkspace) {
        List<Rule> rules = new java.util.ArrayList<>();
        if (groups != null) {
            for (String raw : groups.split(",")) {
                String entry = raw.trim();
                if (entry.isEmpty()) {
                    continue;
                }
                int equals = entry.lastIndexOf('=');
                int colon = entry.lastIndexOf(':');
                if (equals <= 0 || colon < equals + 2 || colon == entry.length() - 1) {
                    throw new IllegalArgumentException("MILLRACE_SSO_GROUPS: '" + entry
                            + "' is not group=orgname:role");
                }
                String role = entry.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                Role mapped = Role.parse(role).filter(r -> r != Role.OWNER).orElseThrow(() -> new IllegalArgumentException(
                        "MILLRACE_SSO_GROUPS: '" + entry + "' has role '" + role + "', not admin or member"
                                + " (a workspace has one owner, not given by a group)"));
                rules.add(new Rule(entry.substring(0, equals).trim().toLowerCase(Locale.ROOT),
                        entry.substring(equals + 1, colon).trim(), mapped));
            }
        }
        String fallback = defaultWorkspace == null || defaultWorkspace.isBlank() ? null : defaultWorkspace.trim();
        return new GroupMapping(List.copyOf(rules), fallback);
    }

    /**
     * The workspaces (by orgname, in the order of the mapping) and roles the groups give: the highest role
     * where several groups name one workspace; the default workspace as member when no group is mapped;
     * empty when there is neither.
     */
    public Map<String, Role> rolesFor(Collection<String> groups) {
        Set<String> names = new TreeSet<>();
        for (String group : groups) {
            String lower = group.trim().toLowerCase(Locale.ROOT);
            names.add(lower);
            names.add(firstValue(lower));
        }
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (names.contains(rule.group())) {
                roles.merge(rule.orgname(), rule.role(), GroupMapping::higher);
            }
        }
        if (roles.isEmpty() && defaultWorkspace != null) {
            roles.put(defaultWorkspace, Role.MEMBER);
        }
        return roles;
    }

    /**
     * The workspaces this mapping manages: memberships in them follow the groups at every sign-in; others
     * (joined some other way) are left alone.
     */
    public Set<String> managedWorkspaces() {
        Set<String> managed = new TreeSet<>();
        rules.forEach(rule -> managed.add(rule.orgname()));
        if (defaultWorkspace != null) {
            managed.add(defaultWorkspace);
        }
        return managed;
    }

    /** The role that manages more (admin over member). */
    static Role higher(Role a, Role b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String firstValue(String dn) {
        int equals = dn.indexOf('=');
        if (equals < 0) {
            return dn;
        }
        int comma = dn.indexOf(',', equals);
        return dn.substring(equals + 1, comma < 0 ? dn.length() : comma).trim();
    }
}
