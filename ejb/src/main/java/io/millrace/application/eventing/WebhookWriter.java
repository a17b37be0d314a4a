package io.millrace.application.eventing;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
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
    @Inject
    AuditLog audit;

    public Webhook create(String workspaceId, String userId, String url, String name, String description) {
        Webhook webhook = new Webhook(Ids.random("wh_"), workspaceId, userId, name, description, url,
                System.currentTimeMillis());
        webhooks.add(webhook);
        audited(AuditActions.WEBHOOK_CREATED, webhook);
        return webhook;
    }

    /** A webhook whose deliveries are signed with a new random key. */
    public Webhook createSigned(String workspaceId, String userId, String url, String name) {
        Webhook webhook = create(workspaceId, userId, url, name, null);
        webhook.signingKey(newKey(), System.currentTimeMillis());
        return webhook;
    }

    /** Replaces the webhook's signing key with a new random one; null when there is no such webhook. */
    public Webhook regenerateSigningKey(String workspaceId, String id) {
        Webhook webhook = webhooks.find(workspaceId, id).orElse(null);
        if (webhook != null) {
            webhook.signingKey(newKey(), System.currentTimeMillis());
        }
        return webhook;
    }

    private static String newKey() {
        return Ids.secret("whsec_");
    }

    public boolean delete(String workspaceId, String id) {
        Webhook webhook = webhooks.find(workspaceId, id).orElse(null);
        if (webhook == null) {
            return false;
        }
        webhooks.remove(webhook);
        links.forget(id);
        audited(AuditActions.WEBHOOK_DELETED, webhook);
        return true;
    }

    /** The name and the URL's host only: a webhook URL's path or query may carry a token. */
    private void audited(String action, Webhook webhook) {
        String host = "";
        try {
            String h = java.net.URI.create(webhook.url()).getHost();
            host = h == null ? "" : h;
        } catch (IllegalArgumentException e) {
            // stored URLs were checked; a host that does not parse is simply not shown
        }
        var details = Jsonp.createObjectBuilder().add("url_host", host);
        if (webhook.name() != null) {
            details.add("name", webhook.name());
        }
        audit.record(webhook.workspaceId(), action, new Target("webhook", webhook.id()), details.build());
    }
}
