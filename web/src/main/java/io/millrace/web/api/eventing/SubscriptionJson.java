package io.millrace.web.api.eventing;

import io.millrace.web.api.support.Renders;
import io.millrace.shared.Jsonp;
import io.millrace.domain.subscription.AutoSubscription;
import io.millrace.domain.subscription.Subscription;
import io.millrace.domain.subscription.Webhook;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Subscriptions, auto-subscriptions and webhooks in the seed's shapes (times in epoch seconds). */
final class SubscriptionJson {
    private SubscriptionJson() {
    }

    static JsonObjectBuilder render(Subscription s) {
        return Jsonp.createObjectBuilder().add("id", s.id()).add("emitter_id", s.emitterId())
                .add("listener_id", s.listenerId()).add("event_name", s.eventName()).add("origin", s.origin())
                .add("created_at", Renders.seconds(s.createdAt()));
    }

    static JsonObjectBuilder render(AutoSubscription a) {
        return Jsonp.createObjectBuilder().add("id", a.id()).add("event_name", a.eventName())
                .add("listener_id", a.listenerId()).add("created_at", Renders.seconds(a.createdAt()));
    }

    static JsonObjectBuilder render(Webhook w) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", w.id());
        Renders.addNullable(b, "user_id", w.userId());
        Renders.addNullable(b, "name", w.name());
        Renders.addNullable(b, "description", w.description());
        return b.add("url", w.url()).add("active", w.active())
                .add("created_at", Renders.seconds(w.createdAt())).add("updated_at", Renders.seconds(w.updatedAt()));
    }

    static JsonObject subscriptions(List<Subscription> items) {
        JsonArrayBuilder data = Jsonp.createArrayBuilder();
        items.forEach(s -> data.add(render(s)));
        return Jsonp.createObjectBuilder().add("data", data).build();
    }

    static JsonObject webhooks(List<Webhook> items) {
        JsonArrayBuilder data = Jsonp.createArrayBuilder();
        items.forEach(w -> data.add(render(w)));
        return Jsonp.createObjectBuilder().add("data", data).build();
    }
}
