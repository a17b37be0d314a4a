package io.millrace.domain.workspace;

import java.util.List;
import java.util.Optional;

/** The named API keys of users. */
public interface ApiKeyRepository {
    /** The key with this SHA-256 and its user: one lookup by a unique column. */
    Optional<KeyHolder> byHash(String keyHash);

    Optional<ApiKey> key(String id);

    /** The user's keys, oldest first. */
    List<ApiKey> keysOf(String userId);

    long countOf(String userId);

    void add(ApiKey key);

    void remove(ApiKey key);

    /** A key and the user it belongs to. */
    record KeyHolder(ApiKey key, User user) {
    }
}
