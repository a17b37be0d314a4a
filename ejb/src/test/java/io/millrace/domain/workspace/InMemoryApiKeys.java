package io.millrace.domain.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An {@link ApiKeyRepository} in memory over an {@link InMemoryWorkspaces}, for unit tests. */
public class InMemoryApiKeys implements ApiKeyRepository {
    public final List<ApiKey> keys = new ArrayList<>();
    private final InMemoryWorkspaces workspaces;

    public InMemoryApiKeys(InMemoryWorkspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public Optional<KeyHolder> byHash(String keyHash) {
        return keys.stream().filter(k -> k.keyHash().equals(keyHash)).findFirst()
                .flatMap(k -> workspaces.user(k.userId()).map(u -> new KeyHolder(k, u)));
    }

    @Override
    public Optional<ApiKey> key(String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    @Override
    public List<ApiKey> keysOf(String userId) {
        return keys.stream().filter(k -> k.userId().equals(userId))
                .sorted(Comparator.comparingLong(ApiKey::createdAt).thenComparing(ApiKey::id)).toList();
    }

    @Override
    public long countOf(String userId) {
        return keys.stream().filter(k -> k.userId().equals(userId)).count();
    }

    @Override
    public void add(ApiKey key) {
        keys.add(key);
    }

    @Override
    public void remove(ApiKey key) {
        keys.remove(key);
    }
}
