package io.millrace.domain.subscription;

import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;

/**
 * One event on its way to one listener: the body of the messages of {@code millrace.deliveries} and
 * {@code millrace.webhooks} (JSON). It carries the event itself, so delivering needs no read of the
 * emitter's stream (which may have been trimmed or deleted meanwhile).
 *
 * @param eventJson the event's JSON text
 * @param attempt   for webhooks: the number of this attempt, from 1
 * @param hops      the subscriptions the event has passed through, this one included (see {@link Hops})
 */
public record Delivery(String workspaceId, String listenerId, String emitterId, String eventId, String channel,
                       String eventJson, int attempt, int hops) {
    /**
     * The listener of a workspace's error notifications: a delivery to it is POSTed to the workspace's
     * notification webhook URL (read at each attempt), not to a webhook of the subscriptions.
     */
    public static final String NOTIFICATIONS = "$notifications";

    public Delivery nextAttempt() {
        return new Delivery(workspaceId, listenerId, emitterId, eventId, channel, eventJson, attempt + 1, hops);
    }

    public String format() {
        return JsonText.write(Jsonp.createObjectBuilder().add("workspace_id", workspaceId)
                .add("listener_id", listenerId).add("emitter_id", emitterId).add("event_id", eventId)
                .add("channel", channel).add("event", eventJson).add("attempt", attempt).add("hops", hops).build());
    }

    /** @throws IllegalArgumentException when the body is not a delivery */
    public static Delivery parse(String body) {
        try {
            JsonObject o = JsonText.parseObject(body);
            return new Delivery(o.getString("workspace_id"), o.getString("listener_id"), o.getString("emitter_id"),
                    o.getString("event_id"), o.getString("channel"), o.getString("event"), o.getInt("attempt"), Hops.of(o));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a delivery: " + body, e);
        }
    }
}
