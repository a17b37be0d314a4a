package io.millrace.application.eventing;

import io.millrace.shared.Ids;
import io.millrace.domain.subscription.AutoSubscription;
import io.millrace.domain.subscription.Subscription;
import io.millrace.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The transactions of the subscriptions API. Creating an existing subscription returns it unchanged. */
@ApplicationScoped
@Transactional
public class SubscriptionWriter {
    @Inject
    SubscriptionRepository subscriptions;

    public Subscription subscribe(String workspaceId, String emitterId, String listenerId, String eventName) {
        Optional<Subscription> existing = subscriptions.find(workspaceId, emitterId, listenerId, eventName,
                Subscription.API);
        if (existing.isPresent()) {
            return existing.get();
        }
        Subscription s = new Subscription(Ids.random("sub_"), workspaceId, emitterId, listenerId, eventName,
                Subscription.API, System.currentTimeMillis());
        subscriptions.add(s);
        return s;
    }

    /** Removes the subscription however it was made (API, trigger or auto); false when there is none. */
    public boolean unsubscribe(String workspaceId, String emitterId, String listenerId, String eventName) {
        boolean removed = false;
        for (String origin : new String[]{Subscription.API, Subscription.AUTO, Subscription.TRIGGER}) {
            Optional<Subscription> s = subscriptions.find(workspaceId, emitterId, listenerId, eventName, origin);
            if (s.isPresent()) {
                subscriptions.remove(s.get());
                removed = true;
            }
        }
        return removed;
    }

    public AutoSubscriptionView autoSubscribe(String workspaceId, String listenerId, String eventName) {
        Optional<AutoSubscription> existing = subscriptions.findAuto(workspaceId, listenerId, eventName);
        if (existing.isPresent()) {
            return new AutoSubscriptionView(existing.get(), false);
        }
        AutoSubscription auto = new AutoSubscription(Ids.random("asub_"), workspaceId, listenerId, eventName,
                System.currentTimeMillis());
        subscriptions.add(auto);
        return new AutoSubscriptionView(auto, true);
    }
}
