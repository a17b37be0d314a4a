package io.millrace.application.identity;

import io.millrace.domain.workspace.User;

/**
 * Who an API request comes from, and with which kind of credential.
 *
 * @param user       the user of the API key or browser session, or for an OAuth access token a non-admin
 *                   member of its client's workspace ({@link User#actingFor}, never stored)
 * @param credential what the caller presented
 * @param sessionId  the browser session's id when {@code credential} is {@link Credential#SESSION}, else null
 */
public record Authenticated(User user, Credential credential, String sessionId) {
    /** The kinds of credential a caller can present. */
    public enum Credential {
        /** a user's API key as Bearer */
        API_KEY,
        /** an OAuth access token as Bearer */
        OAUTH_TOKEN,
        /** the cookie of a browser session (state-changing requests also carry its CSRF token) */
        SESSION
    }

    /** A Bearer caller: an OAuth access token when {@code viaOAuth}, else a user API key. */
    public Authenticated(User user, boolean viaOAuth) {
        this(user, viaOAuth ? Credential.OAUTH_TOKEN : Credential.API_KEY, null);
    }

    /** Whether the credential was an OAuth access token (which acts for a workspace, not a person). */
    public boolean viaOAuth() {
        return credential == Credential.OAUTH_TOKEN;
    }

    /** Whether the credential was a browser session's cookie. */
    public boolean viaSession() {
        return credential == Credential.SESSION;
    }
}
