package io.millrace.domain.workspace;

import java.util.Set;

/**
 * The projects of a workspace a caller may not see (restricted ones it is not listed on). Repositories'
 * list queries leave out what belongs to them.
 */
public record HiddenProjects(Set<String> ids) {
    public static final HiddenProjects NONE = new HiddenProjects(Set.of());

    public HiddenProjects {
        ids = Set.copyOf(ids);
    }

    public boolean hides(String projectId) {
        return projectId != null && ids.contains(projectId);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }
}
