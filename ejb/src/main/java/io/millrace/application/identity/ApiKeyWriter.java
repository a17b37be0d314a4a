package io.millrace.application.identity;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.workspace.ApiKey;
import io.millrace.domain.workspace.ApiKeyRepository;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Ids;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The transactions that change named API keys. Input is checked before it gets here. */
@ApplicationScoped
@Transactional
public class ApiKeyWriter {
    @Inject
    ApiKeyRepository keys;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    AuditLog audit;

    /** A new key for the user, unless it already has {@link ApiKeys#PER_USER_MAX}. */
    public ApiKey create(String userId, String name, String apiKey, long now) {
        ApiKeys.checkRoomFor(keys.countOf(userId));
        ApiKey key = new ApiKey(Ids.random("ak_"), userId, name, ApiKeys.hash(apiKey), ApiKeys.hint(apiKey), now);
        keys.add(key);
        audited(AuditActions.API_KEY_CREATED, key);
        return key;
    }

    /**
     * Turns the user's key from before named keys into a key named {@code default}.
     *
     * @param apiKey the key's clear text when known (it gives the hint), else null
     * @param usedAt when it was used, or null when it is being listed rather than used
     * @return the new key, or empty when the user has none left to move
     */
    public Optional<ApiKey> adoptLegacy(String userId, String apiKey, Long usedAt) {
        Optional<User> user = workspaces.user(userId);
        Optional<String> hash = user.flatMap(User::legacyApiKeyHash);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        user.get().retireLegacyApiKey();
        ApiKey key = new ApiKey(Ids.random("ak_"), userId, ApiKeys.MIGRATED_NAME, hash.get(),
                apiKey == null ? null : ApiKeys.hint(apiKey), user.get().createdAt());
        if (usedAt != null) {
            key.used(usedAt, null);
        }
        keys.add(key);
        return Optional.of(key);
    }

    /** Records a use of the key (see {@link ApiKey#useWorthRecording}). */
    public void used(String keyId, long now, String hint) {
        keys.key(keyId).ifPresent(k -> k.used(now, hint));
    }

    /** @return the key with its new secret, or empty when it no longer exists */
    public Optional<ApiKey> rotate(String keyId, String apiKey) {
        Optional<ApiKey> key = keys.key(keyId);
        key.ifPresent(k -> {
            k.rotate(ApiKeys.hash(apiKey), ApiKeys.hint(apiKey));
            audited(AuditActions.API_KEY_ROTATED, k);
        });
        return key;
    }

    /** @return whether the key existed */
    public boolean delete(String keyId) {
        Optional<ApiKey> key = keys.key(keyId);
        key.ifPresent(k -> {
            keys.remove(k);
            audited(AuditActions.API_KEY_REVOKED, k);
        });
        return key.isPresent();
    }

    /** Records a change of a key in its owner's workspace log: its name and owner, never the secret or its hint. */
    private void audited(String action, ApiKey key) {
        workspaces.user(key.userId()).ifPresent(owner -> audit.record(owner.workspaceId(), action,
                new Target("api_key", key.id()), Jsonp.createObjectBuilder().add("name", key.name())
                        .add("user_id", owner.id()).add("username", owner.username()).build()));
    }
}
