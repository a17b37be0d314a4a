package io.millrace.domain.workspace;

import java.util.Set;

/**
 * Who may see and manage a project (the seed's access table): every member sees an unrestricted
 * project; a restricted one is seen by its listed members, its creator, the workspace's admins and its
 * owner. Only the creator, admins and the owner manage access and delete it. A caller without a person
 * (an OAuth token) sees unrestricted projects only and manages none.
 */
public final class ProjectAccessRule {
    private ProjectAccessRule() {
    }

    /**
     * @param userId the caller's user id, or null for an OAuth token (acting for no person)
     * @param role   the caller's role in the project's workspace
     * @param listed the members listed on the project
     */
    public static boolean sees(Project project, String userId, Role role, Set<String> listed) {
        if (!project.restricted()) {
            return true;
        }
        return manages(project, userId, role) || (userId != null && listed.contains(userId));
    }

    /** Whether the caller may change the project's access and delete it. */
    public static boolean manages(Project project, String userId, Role role) {
        if (userId == null) {
            return false;
        }
        return role.manages() || userId.equals(project.ownerId());
    }
}
