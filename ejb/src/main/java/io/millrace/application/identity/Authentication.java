package io.millrace.application.identity;

import io.millrace.domain.workspace.ApiKey;
import io.millrace.domain.workspace.ApiKeyRepository;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recognises the Bearer credential of an API request: a user API key (found by its SHA-256) or else an
 * unexpired, unrevoked OAuth access token ({@link OAuthTokens#caller}), under the {@link CredentialThrottle}
 * of the caller's address.
 */
@ApplicationScoped
public class Authentication {
    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

    @Inject
    ApiKeyRepository apiKeys;
    @Inject
    ApiKeyWriter keyWriter;
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
        Optional<Authenticated> user = userOfKey(credential, digest).map(u -> new Authenticated(u, false));
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

    /**
     * The user of a named API key (one lookup by its SHA-256), recording the use at most once a minute per
     * key; else the user whose key from before named keys it is, which then becomes a named key.
     */
    private Optional<User> userOfKey(String credential, String digest) {
        long now = System.currentTimeMillis();
        Optional<ApiKeyRepository.KeyHolder> held = apiKeys.byHash(digest);
        if (held.isPresent()) {
            ApiKey key = held.get().key();
            if (key.useWorthRecording(now)) {
                try {
                    keyWriter.used(key.id(), now, ApiKeys.hint(credential));
                } catch (RuntimeException e) { // the request goes on: last_used_at is a hint
                    LOG.log(Level.FINE, "could not record the use of API key " + key.id(), e);
                }
            }
            return Optional.of(held.get().user());
        }
        Optional<User> legacy = workspaces.userByApiKeyHash(digest);
        legacy.ifPresent(u -> {
            try {
                keyWriter.adoptLegacy(u.id(), credential, now);
            } catch (RuntimeException e) { // another request moved it first
                LOG.log(Level.FINE, "could not move the legacy API key of " + u.id(), e);
            }
        });
        return legacy;
    }
}
