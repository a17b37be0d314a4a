package io.millrace.application.identity;

import io.millrace.domain.signin.BrowserSession;

/**
 * A browser session as its user sees it in the list (no secret).
 *
 * @param expiresAt when it ends unless it is used again (epoch ms)
 * @param current   whether it is the session of the request
 */
public record SessionView(BrowserSession session, long expiresAt, boolean current) {
}
