package io.millrace.infrastructure.bootstrap;

import io.millrace.shared.Ids;
import io.millrace.workspace.ApiKeys;
import io.millrace.workspace.Project;
import io.millrace.workspace.User;
import io.millrace.workspace.Workspace;
import io.millrace.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * On an empty database, creates workspace {@code default}, project {@code default} and an admin
 * user. The admin's API key is {@code MILLRACE_ADMIN_API_KEY} when set; otherwise a generated key
 * is printed once in the server log.
 */
@ApplicationScoped
public class AdminSeeder {
    private static final Logger LOG = Logger.getLogger(AdminSeeder.class.getName());
    static final String ADMIN_KEY_ENV = "MILLRACE_ADMIN_API_KEY";

    @Inject
    WorkspaceRepository workspaces;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long usersWithoutTransaction() {
        return workspaces.countUsers();
    }

    @Transactional
    public void seedIfEmpty() {
        if (workspaces.countUsers() > 0) {
            return;
        }
        long now = System.currentTimeMillis();
        Workspace workspace = new Workspace(Ids.random("o_"), "default", "default", null, now);
        workspaces.add(workspace);
        workspaces.add(new Project(Ids.random("proj_"), workspace.id(), "default", now));
        String given = System.getenv(ADMIN_KEY_ENV);
        String key = given != null && !given.isBlank() ? given : Ids.secret("mr_");
        workspaces.add(new User(Ids.random("u_"), "admin", null, ApiKeys.hash(key), workspace.id(), true, now));
        if (given == null || given.isBlank()) {
            LOG.warning("Created the admin user. Its API key, shown only this once: " + key);
        } else {
            LOG.info("Created the admin user with the API key from " + ADMIN_KEY_ENV);
        }
    }
}
