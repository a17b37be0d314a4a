package io.millrace.domain.subscription;

import io.millrace.shared.JsonText;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * How many subscriptions an event has passed through: an event of an HTTP request or a timer has 0;
 * a run started by a delivered event has the delivery's count, and what that run emits is delivered
 * with one more. Deliveries stop at {@link #MAX} so that listeners subscribed to each other in a
 * cycle (A → B → A) cannot keep the server busy forever. Workflow executions show the count as
 * {@code steps.trigger.context.hops} (null for 0, as in Pipedream's examples).
 */
public final class Hops {
    /** The most subscriptions an event passes through; a delivery beyond is not made (and logged). */
    public static final int MAX = 10;

    private Hops() {
    }

    /** The hop count of an execution context's JSON text ({@code hops}; null or absent is 0). */
    public static int ofContext(String contextJson) {
        if (contextJson == null) {
            return 0;
        }
        try {
            JsonValue hops = JsonText.parseObject(contextJson).get("hops");
            return hops instanceof JsonNumber n ? n.intValue() : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Whether an event emitted by a run with {@code hops} may still be delivered. */
    public static boolean mayDeliver(int hops) {
        return hops < MAX;
    }

    static int of(JsonObject delivery) {
        JsonValue hops = delivery.get("hops");
        return hops instanceof JsonNumber n ? n.intValue() : 1;
    }
}
