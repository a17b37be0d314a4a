package io.millrace.application.identity;

import io.millrace.domain.workspace.ApiKey;

/**
 * A named API key as its user (or an administrator) sees it.
 *
 * @param apiKey the key itself, only in the answer that created or rotated it; otherwise null
 */
public record ApiKeyView(String id, String userId, String name, String hint, long createdAt, Long lastUsedAt,
                         String apiKey) {
    static ApiKeyView of(ApiKey key, String apiKey) {
        return new ApiKeyView(key.id(), key.userId(), key.name(), key.hint(), key.createdAt(), key.lastUsedAt(),
                apiKey);
    }
}
