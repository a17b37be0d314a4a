package io.millrace.domain.environment;

/** A workspace or a project, as the owner of environment variables. */
public record Scope(ScopeType type, String id) {

    public static Scope workspace(String workspaceId) {
        return new Scope(ScopeType.WORKSPACE, workspaceId);
    }

    public static Scope project(String projectId) {
        return new Scope(ScopeType.PROJECT, projectId);
    }
}
