package io.millrace.application.eventing;

import io.millrace.shared.Ids;
import io.millrace.domain.subscription.AutoSubscription;
import io.millrace.domain.subscription.Subscription;
import io.millrace.domain.subscription.SubscriptionRepository;
import io.millrace.domain.workflow.TriggerSpec;
import io.millrace.domain.workflow.WorkflowDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps subscriptions in step with the things they join, in the caller's transaction: a workflow's
 * {@code source} triggers become its trigger subscriptions at each deployment, a new source or workflow
 * gets the workspace's auto-subscriptions, and a deleted emitter or listener takes its subscriptions along.
 */
@ApplicationScoped
public class SubscriptionLinks {
    @Inject
    SubscriptionRepository subscriptions;

    /** Replaces the workflow's trigger subscriptions by one per source its definition names. */
    public void syncTriggers(String workspaceId, String workflowId, WorkflowDefinition definition, long now) {
        subscriptions.ofListener(workflowId, Subscription.TRIGGER).forEach(subscriptions::remove);
        Set<String> sources = new LinkedHashSet<>();
        definition.triggers().stream().filter(t -> TriggerSpec.SOURCE.equals(t.type()))
                .forEach(t -> sources.add(t.sourceId()));
        for (String source : sources) {
            subscriptions.add(new Subscription(Ids.random("sub_"), workspaceId, source, workflowId, "",
                    Subscription.TRIGGER, now));
        }
    }

    /** Subscribes the listeners of the workspace's auto-subscriptions to the new emitter. */
    public void autoSubscribe(String workspaceId, String emitterId, long now) {
        for (AutoSubscription auto : subscriptions.autos(workspaceId)) {
            if (!auto.listenerId().equals(emitterId)) {
                subscriptions.add(new Subscription(Ids.random("sub_"), workspaceId, emitterId, auto.listenerId(),
                        auto.eventName(), Subscription.AUTO, now));
            }
        }
    }

    /** Removes the subscriptions and auto-subscriptions of a deleted source, workflow or webhook. */
    public void forget(String id) {
        subscriptions.removeAllOf(id);
    }
}
