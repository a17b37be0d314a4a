package io.millrace.web.security;

import io.millrace.application.identity.Authenticated;
import io.millrace.domain.workspace.User;
import io.millrace.web.error.ErrorBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;

/**
 * The caller of the current request, as {@link ApiKeyFilter} authenticated it; resources inject it.
 * Requests that need no Bearer (the OAuth token endpoints, ping, the flow URLs) have none:
 * {@link #present()} is false there and {@link #user()} must not be called.
 */
@RequestScoped
public class Caller {
    private Authenticated authenticated;

    void authenticated(Authenticated caller) {
        this.authenticated = caller;
    }

    /** Whether the request was authenticated. */
    public boolean present() {
        return authenticated != null;
    }

    /** The user of the API key, or the member an OAuth access token acts as. */
    public User user() {
        return authenticated().user();
    }

    /** Whether the caller authenticated with an OAuth access token rather than a user API key. */
    public boolean viaOAuth() {
        return authenticated().viaOAuth();
    }

    /** Whether the caller is a browser session (its cookie), rather than a Bearer credential. */
    public boolean viaSession() {
        return authenticated().viaSession();
    }

    /** The id of the caller's browser session, or null for a Bearer credential. */
    public String sessionId() {
        return authenticated().sessionId();
    }

    /** Refuses non-administrators (403). */
    public void requireAdmin() {
        if (!user().admin()) {
            throw new ForbiddenException();
        }
    }

    /**
     * Refuses callers with an OAuth access token (403): for endpoints that act for a person (a user API
     * key or a browser session).
     */
    public void requireUserApiKey() {
        if (viaOAuth()) {
            throw new ForbiddenException(ErrorBody.response(Response.Status.FORBIDDEN,
                    "this endpoint needs a user API key or a browser session; OAuth access tokens act for a workspace, not a user",
                    null));
        }
    }

    private Authenticated authenticated() {
        if (authenticated == null) {
            throw new IllegalStateException("this request has no authenticated caller");
        }
        return authenticated;
    }
}
