package io.millrace.domain.subscription;

import java.util.List;
import java.util.Optional;

/** Subscriptions and auto-subscriptions. */
public interface SubscriptionRepository {
    void add(Subscription subscription);

    void remove(Subscription subscription);

    /** The subscriptions of the workspace to this emitter (exactly, or by the glob {@code glob}) and channel. */
    List<Subscription> listening(String workspaceId, String emitterId, String glob, String channel);

    Optional<Subscription> find(String workspaceId, String emitterId, String listenerId, String eventName,
                                String origin);

    /** The workspace's subscriptions, oldest first. */
    List<Subscription> ofWorkspace(String workspaceId);

    List<Subscription> ofListener(String listenerId, String origin);

    /** Removes every subscription the id takes part in, as emitter or listener, and its auto-subscriptions. */
    void removeAllOf(String id);

    void add(AutoSubscription auto);

    Optional<AutoSubscription> findAuto(String workspaceId, String listenerId, String eventName);

    List<AutoSubscription> autos(String workspaceId);
}
