package io.millrace.application.eventing;

import io.millrace.domain.subscription.AutoSubscription;
import io.millrace.domain.subscription.Subscription;
import io.millrace.domain.subscription.SubscriptionRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Subscriptions in memory, answering {@link #listening} as the JPA query does; the rest is not needed. */
class InMemorySubscriptions implements SubscriptionRepository {
    final List<Subscription> all = new ArrayList<>();

    @Override
    public void add(Subscription subscription) {
        all.add(subscription);
    }

    @Override
    public List<Subscription> listening(String workspaceId, String emitterId, String glob, String channel) {
        String orGlob = glob == null ? emitterId : glob;
        return all.stream()
                .filter(s -> s.workspaceId().equals(workspaceId))
                .filter(s -> s.emitterId().equals(emitterId) || s.emitterId().equals(orGlob))
                .filter(s -> s.eventName().equals(channel))
                .sorted(Comparator.comparing(Subscription::id))
                .toList();
    }

    @Override
    public void remove(Subscription subscription) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Subscription> find(String workspaceId, String emitterId, String listenerId, String eventName,
                                       String origin) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Subscription> ofWorkspace(String workspaceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Subscription> ofListener(String listenerId, String origin) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeAllOf(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(AutoSubscription auto) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AutoSubscription> findAuto(String workspaceId, String listenerId, String eventName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AutoSubscription> autos(String workspaceId) {
        throw new UnsupportedOperationException();
    }
}
