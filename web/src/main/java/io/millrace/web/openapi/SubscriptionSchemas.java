package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Subscriptions, auto-subscriptions and webhooks. */
public final class SubscriptionSchemas {
    private SubscriptionSchemas() {
    }

    @Schema(name = "Subscription")
    public static class Subscription {
        @Schema(example = "sub_3BXfWOab")
        public String id;
        @Schema(example = "dc_abc123", description = "a source or workflow id, or dc_* / p_*")
        public String emitter_id;
        @Schema(example = "p_abc123", description = "a source, workflow or webhook id")
        public String listener_id;
        @Schema(description = "the channel; empty for the default one")
        public String event_name;
        @Schema(description = "api, trigger (a workflow's source trigger) or auto (an auto-subscription)")
        public String origin;
        public long created_at;
    }

    @Schema(name = "SubscriptionData")
    public static class SubscriptionData {
        public Subscription data;
    }

    @Schema(name = "SubscriptionList")
    public static class SubscriptionList {
        public List<Subscription> data;
    }

    @Schema(name = "AutoSubscription")
    public static class AutoSubscription {
        @Schema(example = "asub_3BXfWOab")
        public String id;
        public String event_name;
        public String listener_id;
        public long created_at;
    }

    @Schema(name = "AutoSubscriptionData")
    public static class AutoSubscriptionData {
        public AutoSubscription data;
    }

    @Schema(name = "Webhook")
    public static class Webhook {
        @Schema(example = "wh_abc123")
        public String id;
        @Schema(nullable = true)
        public String user_id;
        @Schema(nullable = true)
        public String name;
        @Schema(nullable = true)
        public String description;
        public String url;
        public boolean active;
        public long created_at;
        public long updated_at;
    }

    @Schema(name = "WebhookData")
    public static class WebhookData {
        public Webhook data;
    }

    @Schema(name = "WebhookList")
    public static class WebhookList {
        public List<Webhook> data;
    }

    @Schema(name = "EmittedEvent", description = "an event of an emitter's stream")
    public static class EmittedEvent {
        @Schema(example = "1589486981597-0")
        public String id;
        public long indexed_at_ms;
        @Schema(description = "what was emitted (a string cut to about 1 KB without expand=event)")
        public Object event;
        @Schema(description = "emitter_id, emit_id, name (the channel), id, summary, ts")
        public Object metadata;
    }

    @Schema(name = "EmittedEventList")
    public static class EmittedEventList {
        public CommonSchemas.PageInfo page_info;
        public List<EmittedEvent> data;
    }
}
