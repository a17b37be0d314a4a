package io.millrace.application.identity;

import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;

/** A workspace member as the members list shows it. */
public record MemberView(User user, Role role, long joinedAt) {
}
