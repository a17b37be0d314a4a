package io.millrace.application.identity;

import io.millrace.domain.auth.OAuthClient;

/**
 * An OAuth client as the API shows it.
 *
 * @param secret the client secret in clear, only in the answer that created or rotated it; else null
 */
public record OAuthClientView(String clientId, String workspaceId, String name, String secret, long createdAt,
                              long updatedAt) {
    static OAuthClientView of(OAuthClient c, String secret) {
        return new OAuthClientView(c.id(), c.workspaceId(), c.name(), secret, c.createdAt(), c.updatedAt());
    }
}
