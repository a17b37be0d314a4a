package io.millrace.domain.connect;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** External users, Connect tokens and deployed triggers. */
public interface ConnectRepository {
    Optional<ExternalUser> user(String projectId, ConnectEnvironment environment, String externalId);

    Optional<ExternalUser> userById(String id);

    /** The environment's users, newest first. */
    Page<ExternalUser> users(String projectId, ConnectEnvironment environment, PageRequest page);

    void add(ExternalUser user);

    /** Deletes the user with its tokens and trigger records (not the sources: the caller deletes those first). */
    void remove(ExternalUser user);

    Optional<ConnectToken> token(String tokenHash);

    void add(ConnectToken token);

    /** Deletes the token (it was used); false when it was already gone. */
    boolean removeToken(String tokenHash);

    /** Deletes the tokens that expired before {@code now}; returns how many. */
    int removeExpiredTokens(long now);

    Optional<ConnectTrigger> trigger(String sourceId);

    /** The user's triggers, newest first. */
    List<ConnectTrigger> triggers(String externalUserId);

    void add(ConnectTrigger trigger);

    void remove(ConnectTrigger trigger);

    /** The project environment's webhook, by {@link ConnectProjectWebhook#key}. */
    Optional<ConnectProjectWebhook> projectWebhook(String key);

    void add(ConnectProjectWebhook webhook);

    void remove(ConnectProjectWebhook webhook);
}
