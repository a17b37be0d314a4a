package io.millrace.application.connect;

import io.millrace.domain.connect.ConnectEnvironment;
import io.millrace.domain.workspace.User;

/**
 * Where a Connect request works: the caller (a member of the project's workspace), the project and the environment.
 */
public record ConnectScope(User caller, String workspaceId, String projectId, ConnectEnvironment environment) {
}
