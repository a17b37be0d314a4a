package io.millrace.application.eventing;

import io.millrace.shared.Ids;
import io.millrace.domain.subscription.Webhook;
import io.millrace.domain.subscription.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The transactions of the webhooks API. Deleting a webhook removes its subscriptions. */
@ApplicationScoped
@Transactional
public class WebhookWriter {
    @Inject
    WebhookRepository webhooks;
    @Inject
    SubscriptionLinks links;

    public Webhook create(String workspaceId, String userId, String url, String name, String description) {
        Webhook webhook = new Webhook(Ids.random("wh_"), workspaceId, userId, name, description, url,
                System.currentTimeMillis());
        webhooks.add(webhook);
        return webhook;
    }

    public boolean delete(String workspaceId, String id) {
        Webhook webhook = webhooks.find(workspaceId, id).orElse(null);
        if (webhook == null) {
            return false;
        }
        webhooks.remove(webhook);
        links.forget(id);
        return true;
    }
}
