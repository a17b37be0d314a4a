package io.millrace.domain.component;

import java.util.List;
import java.util.Optional;

/** Saved components of all workspaces and of the registry (workspace null). */
public interface ComponentRepository {
    Optional<Component> find(String id);

    /** The newest component with this key in the workspace (null: in the registry). */
    Optional<Component> newestByKey(String workspaceId, String key);

    /** A component of the workspace (null: the registry) with this code hash and component URL (null: none). */
    Optional<Component> sameCode(String workspaceId, String codeHash, String componentUrl);

    /** The workspace's saved components, newest first (at most {@code max}). */
    List<Component> ofWorkspace(String workspaceId, int max);

    /** Every registry component, all versions. */
    List<Component> registry();

    void add(Component component);

    /** Deletes a saved component. */
    void remove(Component component);

    /** The workflows (not deleted) with a deployment, current or earlier, running the component: id to name. */
    java.util.Map<String, String> workflowsUsing(String componentId);

    /** The sources running the component: id to name. */
    java.util.Map<String, String> sourcesUsing(String componentId);
}
