package io.millrace.domain.apps;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The app catalogue and the workspaces' OAuth clients for apps. */
public interface AppRepository {
    Optional<App> app(String id);

    Optional<App> bySlug(String nameSlug);

    /** Apps whose name or name slug contains {@code query} (any case; null: all), newest first. */
    Page<App> apps(String query, PageRequest page);

    void add(App app);

    void remove(App app);

    /** Whether connected accounts of the app exist. */
    boolean hasAccounts(String appId);

    /** Every workspace's OAuth clients for the app. */
    List<AppOAuthClient> oauthClientsOf(String appId);

    Optional<AppOAuthClient> oauthClient(String workspaceId, String appId);

    Optional<AppOAuthClient> oauthClientById(String workspaceId, String id);

    List<AppOAuthClient> oauthClients(String workspaceId);

    void add(AppOAuthClient client);

    void remove(AppOAuthClient client);
}
