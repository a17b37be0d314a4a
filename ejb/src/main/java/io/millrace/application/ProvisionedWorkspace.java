package io.millrace.application;

import io.millrace.workspace.Project;
import io.millrace.workspace.User;
import io.millrace.workspace.Workspace;

/** A workspace created by an administrator, with its default project and first user; the key in clear, once. */
public record ProvisionedWorkspace(Workspace workspace, Project project, User user, String apiKey) {
}
