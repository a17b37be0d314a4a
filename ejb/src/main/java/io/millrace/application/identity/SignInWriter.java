package io.millrace.application.identity;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.signin.BrowserSession;
import io.millrace.domain.signin.LocalAccount;
import io.millrace.domain.signin.SessionTimeouts;
import io.millrace.domain.signin.SignInRepository;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.UserRequest;
import io.millrace.shared.Ids;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The transactions of signing in and out, sessions and passwords, each with its audit event in the user's
 * workspace. Sign-ins, failed sign-ins and sign-outs are recorded in every workspace the user belongs to
 * (and its own), so that each workspace's admins see who signs in to their workspace. Checks (and the slow
 * password hashing) happen before.
 */
@ApplicationScoped
@Transactional
public class SignInWriter {
    @Inject
    SignInRepository repository;
    @Inject
    SessionTimeouts timeouts;
    @Inject
    AuditLog audit;
    @Inject
    UserWriter users;
    @Inject
    MembershipRepository memberships;

    /** Opens a session (forgetting the user's expired ones) and records {@code user.signed_in}. */
    public BrowserSession open(User user, String tokenHash, String address, String userAgent, String method) {
        long now = System.currentTimeMillis();
        repository.removeExpiredOf(user.id(), now - timeouts.max().toMillis(), now - timeouts.idle().toMillis());
        BrowserSession session = new BrowserSession(Ids.random("ses_"), tokenHash, user.id(), now, address, userAgent);
        repository.add(session);
        jakarta.json.JsonObject details = details(user).add("method", method).add("session_id", session.id()).build();
        workspacesOf(user).forEach(w -> audit.record(actor(user), w, AuditActions.USER_SIGNED_IN,
                new Target("user", user.id()), details));
        return session;
    }

    /**
     * Records {@code user.sign_in_failed} for an existing user (the name tried, never the password).
     *
     * @param method {@code password}, {@code ldap}, {@code oidc} or {@code saml}
     */
    public void failed(User user, String usernameTried, String reason, String method) {
        jakarta.json.JsonObject details = Jsonp.createObjectBuilder().add("username", usernameTried)
                .add("reason", reason).add("method", method).build();
        workspacesOf(user).forEach(w -> audit.record(actor(user), w, AuditActions.USER_SIGN_IN_FAILED,
                new Target("user", user.id()), details));
    }

    /** Ends a session at sign-out and records {@code user.signed_out}. */
    public void signOut(BrowserSession session, User user) {
        repository.session(session.id()).ifPresent(repository::remove);
        if (user != null) {
            jakarta.json.JsonObject details = details(user).add("session_id", session.id()).build();
            workspacesOf(user).forEach(w -> audit.record(actor(user), w, AuditActions.USER_SIGNED_OUT,
                    new Target("user", user.id()), details));
        }
    }

    /** Writes when a session was last seen. */
    public void seen(String sessionId, long now) {
        repository.session(sessionId).ifPresent(s -> s.seen(now));
    }

    /** Removes an expired session. */
    public void expire(String sessionId) {
        repository.session(sessionId).ifPresent(repository::remove);
    }

    /** Revokes one of the user's sessions; false when it has none with this id. */
    public boolean revoke(String userId, String sessionId) {
        Optional<BrowserSession> session = repository.session(sessionId).filter(s -> s.userId().equals(userId));
        session.ifPresent(repository::remove);
        return session.isPresent();
    }

    /** Revokes the user's sessions except {@code keepId} (null: all of them). */
    public int revokeAll(String userId, String keepId) {
        return repository.removeSessionsOf(userId, keepId);
    }

    /**
     * Sets the user's password, revokes its other sessions (all but {@code keepSessionId}) and records
     * {@code user.password_changed}.
     */
    public void changePassword(User user, String hash, String keepSessionId) {
        long now = System.currentTimeMillis();
        LocalAccount account = repository.account(user.id()).orElseGet(() -> {
            LocalAccount created = new LocalAccount(user.id());
            repository.add(created);
            return created;
        });
        account.changePassword(hash, now);
        int revoked = repository.removeSessionsOf(user.id(), keepSessionId);
        audit.record(user.workspaceId(), AuditActions.USER_PASSWORD_CHANGED, new Target("user", user.id()),
                details(user).add("sessions_revoked", revoked).build());
    }

    /** Creates a user ({@link UserWriter#create}) with a password, in one transaction. */
    public UserWriter.CreatedUser createWithPassword(UserRequest request, String hash) {
        UserWriter.CreatedUser created = users.create(request);
        LocalAccount account = new LocalAccount(created.user().id());
        account.changePassword(hash, System.currentTimeMillis());
        repository.add(account);
        return created;
    }

    /** The user's own workspace, then the others it is a member of, each once. */
    private java.util.Set<String> workspacesOf(User user) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        ids.add(user.workspaceId());
        memberships.ofUser(user.id()).forEach(m -> ids.add(m.workspaceId()));
        return ids;
    }

    private static Actor actor(User user) {
        return new Actor(ActorType.USER, user.id(), user.username());
    }

    private static jakarta.json.JsonObjectBuilder details(User user) {
        return Jsonp.createObjectBuilder().add("username", user.username());
    }
}
