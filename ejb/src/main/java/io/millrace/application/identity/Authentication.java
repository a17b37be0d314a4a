package io.millrace.application.identity;

import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Recognises the Bearer credential of an API request: a user API key (found by its SHA-256) or else an
 * unexpired, unrevoked OAuth access token ({@link OAuthTokens#caller}), under the {@link CredentialThrottle}
 * of the caller's address.
 */
@ApplicationScoped
public class Authentication {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    OAuthTokens tokens;
    @Inject
    CredentialThrottle throttle;

    /**
     * The caller the credential stands for; empty when it is empty or neither a key nor a valid token.
     *
     * @param address the client's address
     * @throws TooManyFailuresException when the address must wait before the credential is checked, or
     *                                  when its failure makes it wait
     */
    public Optional<Authenticated> authenticate(String credential, String address) {
        if (credential == null || credential.isEmpty()) {
            return Optional.empty();
        }
        String digest = ApiKeys.hash(credential);
        Duration wait = throttle.waitBefore(address, digest);
        if (!wait.isZero()) {
            throw new TooManyFailuresException(wait);
        }
        Optional<Authenticated> user = workspaces.userByApiKeyHash(digest).map(u -> new Authenticated(u, false));
        Optional<Authenticated> found = user.isPresent() ? user
                : tokens.caller(credential).map(u -> new Authenticated(u, true));
        if (found.isPresent()) {
            throttle.succeeded(address, digest);
            return found;
        }
        Duration slowed = throttle.failed(address);
        if (!slowed.isZero()) {
            throw new TooManyFailuresException(slowed);
        }
        return found;
    }
}
