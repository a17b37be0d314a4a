package io.millrace.infrastructure.bootstrap;

import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.domain.signin.LocalAccount;
import io.millrace.domain.signin.PasswordHash;
import io.millrace.domain.signin.PasswordPolicy;
import io.millrace.domain.signin.SignInRepository;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.UserRules;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * On an empty database, creates workspace {@code default}, project {@code default} and an admin
 * user, its owner. The admin's API key is {@code MILLRACE_ADMIN_API_KEY} when set; otherwise a generated key
 * is printed once in the server log. The admin's email address (where {@code $.send.email} of the
 * default workspace's workflows goes) is {@code MILLRACE_ADMIN_EMAIL} when set, and its console password
 * {@code MILLRACE_ADMIN_PASSWORD} when set and allowed by {@link PasswordPolicy} (otherwise it is ignored, said in the
 * log, and the admin sets one later with its API key).
 */
@ApplicationScoped
public class AdminSeeder {
    private static final Logger LOG = Logger.getLogger(AdminSeeder.class.getName());
    static final String ADMIN_KEY_ENV = "MILLRACE_ADMIN_API_KEY";
    static final String ADMIN_EMAIL_ENV = "MILLRACE_ADMIN_EMAIL";
    static final String ADMIN_PASSWORD_ENV = "MILLRACE_ADMIN_PASSWORD";

    /** The process environment; replaced in tests. */
    UnaryOperator<String> env = System::getenv;

    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipRepository memberships;
    @Inject
    SignInRepository signIns;

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
        String given = env.apply(ADMIN_KEY_ENV);
        String key = given != null && !given.isBlank() ? given : Ids.secret("mr_");
        User admin = new User(Ids.random("u_"), "admin", adminEmail(), ApiKeys.hash(key), workspace.id(), true, now);
        workspaces.add(admin);
        memberships.add(new Membership(Ids.random("mem_"), workspace.id(), admin.id(), Role.OWNER, now));
        adminPassword(admin, now);
        if (given == null || given.isBlank()) {
            LOG.warning("Created the admin user. Its API key, shown only this once: " + key);
        } else {
            LOG.info("Created the admin user with the API key from " + ADMIN_KEY_ENV);
        }
    }

    private void adminPassword(User admin, long now) {
        String password = env.apply(ADMIN_PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            return;
        }
        try {
            PasswordPolicy.check(password, admin.username(), admin.email(), ADMIN_PASSWORD_ENV);
        } catch (InvalidInputException e) {
            LOG.warning(ADMIN_PASSWORD_ENV + " is ignored: " + e.getMessage());
            return;
        }
        LocalAccount account = new LocalAccount(admin.id());
        account.changePassword(PasswordHash.STANDARD.hash(password), now);
        signIns.add(account);
        LOG.info("The admin user signs in to the console with the password from " + ADMIN_PASSWORD_ENV);
    }

    private String adminEmail() {
        String email = env.apply(ADMIN_EMAIL_ENV);
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            UserRules.checkEmail(email.trim());
            return email.trim();
        } catch (InvalidInputException e) {
            LOG.warning(ADMIN_EMAIL_ENV + " is not an email address and is ignored: " + e.getMessage());
            return null;
        }
    }
}
