package io.millrace.application.identity;

import io.millrace.domain.workspace.ApiKey;
import io.millrace.domain.workspace.ApiKeyRepository;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A user's named API keys: create (the key is returned once and stored as its SHA-256), list, rotate,
 * revoke; an administrator lists and revokes any user's. Another user's key is 404. Checks happen here,
 * outside any transaction; changes go through {@link ApiKeyWriter}.
 */
@ApplicationScoped
public class ApiKeyAccounts {
    private static final Logger LOG = Logger.getLogger(ApiKeyAccounts.class.getName());

    @Inject
    ApiKeyRepository keys;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    ApiKeyWriter writer;

    /** The user's keys, oldest first, without secrets. */
    public List<ApiKeyView> list(User owner) {
        adoptLegacy(owner.id());
        return keys.keysOf(owner.id()).stream().map(k -> ApiKeyView.of(k, null)).toList();
    }

    /** Body {@code {"name": "…"}}: a new key, returned this once. */
    public ApiKeyView create(User owner, JsonValue body) {
        String name = ApiKeys.name(body);
        adoptLegacy(owner.id());
        ApiKeys.checkRoomFor(keys.countOf(owner.id()));
        String secret = newSecret();
        return ApiKeyView.of(writer.create(owner.id(), name, secret, System.currentTimeMillis()), secret);
    }

    /** A new secret for the key, returned this once; the old one stops working at once. */
    public ApiKeyView rotate(User owner, String keyId) {
        find(owner.id(), keyId);
        String secret = newSecret();
        return ApiKeyView.of(writer.rotate(keyId, secret).orElseThrow(() -> notFound(keyId)), secret);
    }

    /**
     * Revokes the key. The caller may not revoke its own last key (it would lock itself out; it may rotate
     * it); an administrator may revoke another user's last key.
     */
    public void revoke(User caller, String userId, String keyId) {
        find(userId, keyId);
        if (caller.id().equals(userId) && keys.countOf(userId) <= 1) {
            throw new InvalidInputException("key_id", "key " + Quoted.value(keyId)
                    + " is your only API key: create another one first, or rotate it");
        }
        if (!writer.delete(keyId)) {
            throw notFound(keyId);
        }
    }

    /** An administrator's view of any user's keys. */
    public List<ApiKeyView> listOf(String userId) {
        return list(user(userId));
    }

    /** The user {@code userId}, or 404. */
    public User user(String userId) {
        return workspaces.user(userId)
                .orElseThrow(() -> new NotFoundException("user " + Quoted.value(userId) + " not found"));
    }

    private ApiKey find(String userId, String keyId) {
        adoptLegacy(userId);
        return keys.key(keyId).filter(k -> k.userId().equals(userId)).orElseThrow(() -> notFound(keyId));
    }

    /** Moves the user's key from before named keys into its keys; losing a race to another request is fine. */
    private void adoptLegacy(String userId) {
        try {
            writer.adoptLegacy(userId, null, null);
        } catch (RuntimeException e) {
            if (workspaces.user(userId).flatMap(User::legacyApiKeyHash).isPresent()) {
                throw e;
            }
            LOG.log(Level.FINE, "another request moved the legacy API key of " + userId, e);
        }
    }

    private static String newSecret() {
        return Ids.secret("mr_");
    }

    private static NotFoundException notFound(String keyId) {
        return new NotFoundException("API key " + Quoted.value(keyId) + " not found");
    }
}
