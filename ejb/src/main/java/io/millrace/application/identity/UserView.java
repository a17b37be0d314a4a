package io.millrace.application.identity;

import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import java.util.List;

/**
 * The caller as {@code GET /v1/users/me} shows it.
 *
 * @param orgs               the workspaces it belongs to, in the order it joined them, with its role
 * @param invocationsToday   executions of the caller's workspace created since midnight UTC
 * @param computeMillisToday their run time (start to finish) for those finished since midnight UTC
 */
public record UserView(User user, List<Org> orgs, long invocationsToday, long computeMillisToday) {
    /** A workspace of the user and its role there. */
    public record Org(Workspace workspace, Role role) {
    }
}
