package io.millrace.web.archfixture;

import io.millrace.domain.workspace.WorkspaceRepository;

/** Breaks the web rule on purpose (WebRulesBiteTest): a resource that reads a repository itself. */
public class ResourceUsingRepository {
    public Object find(WorkspaceRepository workspaces, String id) {
        return workspaces.workspace(id);
    }
}
