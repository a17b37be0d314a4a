package io.millrace.application.identity;

import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;

/**
 * The caller of a request in the workspace it works in.
 *
 * @param user the user, seen in that workspace ({@link User#workspaceId()} is the workspace)
 * @param role its role there
 */
public record ActingMember(User user, Role role) {
}
