package io.millrace.application.identity;

import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Recognises the Bearer credential of an API request: a user API key (found by its SHA-256) or else an
 * unexpired, unrevoked OAuth access token ({@link OAuthTokens#caller}).
 */
@ApplicationScoped
public class Authentication {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    OAuthTokens tokens;

    /** The caller the credential stands for; empty when it is empty or neither a key nor a valid token. */
    public Optional<Authenticated> authenticate(String credential) {
        if (credential == null || credential.isEmpty()) {
            return Optional.empty();
        }
        Optional<Authenticated> user = workspaces.userByApiKeyHash(ApiKeys.hash(credential))
                .map(u -> new Authenticated(u, false));
        return user.isPresent() ? user : tokens.caller(credential).map(u -> new Authenticated(u, true));
    }
}
