package io.millrace.application.identity;

import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;

/** A workspace created by an administrator, with its default project and first user; the key in clear, once. */
public record ProvisionedWorkspace(Workspace workspace, Project project, User user, String apiKey) {
}
