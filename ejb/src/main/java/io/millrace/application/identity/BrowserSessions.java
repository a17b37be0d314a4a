package io.millrace.application.identity;

import io.millrace.domain.signin.BrowserSession;
import io.millrace.domain.signin.SessionTimeouts;
import io.millrace.domain.signin.SessionTokens;
import io.millrace.domain.signin.SignInRepository;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Browser sessions after sign-in: recognising a session's cookie, signing out, listing and revoking.
 * {@link #revokeAll} ends every session of a user (when it is removed from a workspace or loses a role).
 */
@ApplicationScoped
public class BrowserSessions {
    private static final Logger LOG = Logger.getLogger(BrowserSessions.class.getName());

    @Inject
    SignInRepository repository;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    SignInWriter writer;
    @Inject
    SessionTimeouts timeouts;

    /**
     * Opens a browser session for a user whose sign-in was verified (a password here, or a directory or
     * OIDC provider in {@code application.signin}), recording {@code user.signed_in} with the method.
     *
     * @param method {@code password}, {@code password+totp}, {@code ldap} or {@code oidc}
     */
    public SignedIn open(User user, String method, String address, String userAgent) {
        String token = SessionTokens.newToken();
        BrowserSession session = writer.open(user, SessionTokens.hash(token), address, userAgent, method);
        return new SignedIn(user, session, token, SessionTokens.csrf(token), timeouts.expiresAt(session));
    }

    /** The caller of a session cookie; empty when it is unknown, expired or revoked (an expired one is removed). */
    public Optional<Authenticated> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<BrowserSession> found = repository.sessionByTokenHash(SessionTokens.hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BrowserSession session = found.get();
        long now = System.currentTimeMillis();
        if (timeouts.expired(session, now)) {
            quietly(() -> writer.expire(session.id()), session);
            return Optional.empty();
        }
        if (timeouts.worthRecording(session, now)) {
            quietly(() -> writer.seen(session.id(), now), session);
        }
        return workspaces.user(session.userId())
                .map(u -> new Authenticated(u, Authenticated.Credential.SESSION, session.id()));
    }

    /** Ends the session of this cookie (nothing when there is none); records {@code user.signed_out}. */
    public void signOut(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return;
        }
        repository.sessionByTokenHash(SessionTokens.hash(token)).ifPresent(s ->
                writer.signOut(s, workspaces.user(s.userId()).orElse(null)));
    }

    /** The user's live sessions, newest first; {@code currentId} (may be null) is marked. */
    public List<SessionView> list(User user, String currentId) {
        long now = System.currentTimeMillis();
        return repository.sessionsOf(user.id()).stream().filter(s -> !timeouts.expired(s, now))
                .map(s -> new SessionView(s, timeouts.expiresAt(s), s.id().equals(currentId))).toList();
    }

    /** Revokes one of the user's sessions; another user's or an unknown id is a 404. */
    public void revoke(User user, String sessionId) {
        if (sessionId == null || sessionId.length() > 32 || !writer.revoke(user.id(), sessionId)) {
            throw new NotFoundException("session " + Quoted.value(sessionId) + " not found");
        }
    }

    /** Ends every browser session of the user; returns how many. */
    public int revokeAll(String userId) {
        return writer.revokeAll(userId, null);
    }

    private static void quietly(Runnable write, BrowserSession session) {
        try {
            write.run();
        } catch (RuntimeException e) { // another request wrote or removed it first
            LOG.log(Level.FINE, "could not update session " + session.id(), e);
        }
    }
}
