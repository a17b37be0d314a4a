package io.millrace.domain.subscription;

import java.util.List;
import java.util.Optional;

/** Webhooks. */
public interface WebhookRepository {
    void add(Webhook webhook);

    void remove(Webhook webhook);

    /** A webhook of the workspace; with a null workspaceId, of any workspace. */
    Optional<Webhook> find(String workspaceId, String id);

    /** The workspace's webhooks, newest first. */
    List<Webhook> ofWorkspace(String workspaceId);
}
