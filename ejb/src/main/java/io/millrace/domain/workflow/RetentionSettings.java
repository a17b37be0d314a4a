package io.millrace.domain.workflow;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What a workflow keeps and whom it tells, read from its settings.
 *
 * @param days           keep executions that began in the last this many days; null = no limit by age
 * @param count          keep the newest this many executions; null = no limit by number
 * @param dataRetention  false: a finished execution keeps its status, error and timings but no event, step
 *                       results, logs or exports (the seed's "Disable data retention")
 * @param notifyOnErrors false: the workflow's errors send no notification (the seed's "Notify me on errors")
 */
public record RetentionSettings(Integer days, Integer count, boolean dataRetention, boolean notifyOnErrors) {
    public static final int MAX_DAYS = 36_500;
    public static final int MAX_COUNT = 100_000_000;

    /** Whether the purge job has anything to do for this workflow. */
    public boolean limited() {
        return days != null || count != null;
    }

    public static RetentionSettings of(JsonObject settings) {
        return new RetentionSettings(integer(settings.get("retention_days")), integer(settings.get("retention_count")),
                settings.get("data_retention") != JsonValue.FALSE, settings.get("notify_on_errors") != JsonValue.FALSE);
    }

    /**
     * The oldest {@code createdAt} (epoch ms) an execution may have to be kept by age at {@code nowMs}, or
     * {@link Long#MIN_VALUE} without a limit by age.
     */
    public long ageCutoff(long nowMs) {
        return days == null ? Long.MIN_VALUE : nowMs - days * 86_400_000L;
    }

    private static Integer integer(JsonValue v) {
        return v instanceof JsonNumber n ? n.intValue() : null;
    }
}
