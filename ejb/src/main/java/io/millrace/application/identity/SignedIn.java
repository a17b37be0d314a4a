package io.millrace.application.identity;

import io.millrace.domain.signin.BrowserSession;
import io.millrace.domain.workspace.User;

/**
 * A new browser session.
 *
 * @param token the cookie value, known only to the browser from now on
 * @param csrf  the CSRF token that state-changing requests of the session send in {@code X-CSRF-Token}
 */
public record SignedIn(User user, BrowserSession session, String token, String csrf, long expiresAt) {
}
