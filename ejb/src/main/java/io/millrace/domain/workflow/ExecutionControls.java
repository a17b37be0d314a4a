package io.millrace.domain.workflow;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A workflow's execution controls, read from its settings.
 *
 * @param concurrency            executions in flight at once (per key value when a key is set); null = unlimited
 * @param concurrencyKey         a path like {@code steps.trigger.event.body.customer_id}; null = one gate
 * @param throttleLimit          executions started per window; 0 pauses the workflow; null = no throttle
 * @param throttleIntervalSeconds the fixed window's length
 * @param queueSize              events that may wait at the gate
 * @param autoRetry              retry a failed step with backoff
 * @param notifyOnFirstError     notify on the first failure too, not only the final one
 */
public record ExecutionControls(Integer concurrency, String concurrencyKey, Integer throttleLimit,
                                int throttleIntervalSeconds, int queueSize, boolean autoRetry,
                                boolean notifyOnFirstError) {
    public static final int DEFAULT_QUEUE_SIZE = 100;
    public static final int MAX_QUEUE_SIZE = 100_000;

    /** True when events wait at a gate instead of going straight to the workers. */
    public boolean gated() {
        return concurrency != null || throttleLimit != null;
    }

    public static ExecutionControls of(JsonObject settings) {
        JsonObject throttle = settings.get("throttle") instanceof JsonObject t ? t : null;
        return new ExecutionControls(
                integer(settings.get("concurrency")),
                settings.get("concurrency_key") instanceof JsonString s ? s.getString() : null,
                throttle == null ? null : integer(throttle.get("limit")),
                throttle == null ? 0 : integer(throttle.get("interval_seconds")),
                settings.containsKey("queue_size") ? integer(settings.get("queue_size")) : DEFAULT_QUEUE_SIZE,
                settings.get("auto_retry") == JsonValue.TRUE,
                settings.get("notify_on_first_error") == JsonValue.TRUE);
    }

    private static Integer integer(JsonValue v) {
        return v instanceof JsonNumber n ? n.intValue() : null;
    }
}
