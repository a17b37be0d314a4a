package io.millrace.domain.workflow;

import io.millrace.domain.source.TimerSpec;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One trigger of a definition: {@code http} (an endpoint, with its {@link TriggerAuth}) or {@code source}
 * (the events the source {@code sourceId} emits on its default channel) or {@code schedule} (a timer:
 * every {@code interval_seconds} or a cron expression in a time zone) or {@code email} (a mailbox, {@link EmailTrigger}).
 */
public record TriggerSpec(String type, String sourceId, TriggerAuth auth, TimerSpec schedule) {
    public static final String HTTP = "http";
    public static final String SOURCE = "source";
    public static final String SCHEDULE = "schedule";
    public static final String EMAIL = "email";

    public TriggerSpec {
        auth = HTTP.equals(type) && auth == null ? TriggerAuth.PUBLIC : auth;
    }

    public TriggerSpec(String type, String sourceId, TriggerAuth auth) {
        this(type, sourceId, auth, null);
    }

    public TriggerSpec(String type, String sourceId) {
        this(type, sourceId, null, null);
    }

    /** A schedule trigger. */
    public static TriggerSpec schedule(TimerSpec timer) {
        return new TriggerSpec(SCHEDULE, null, null, timer);
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("type", type);
        if (sourceId != null) {
            b.add("source_id", sourceId);
        }
        if (auth != null && !auth.isPublic()) {
            b.add("auth", auth.toJson());
        }
        if (schedule != null) {
            b.addAll(Jsonp.createObjectBuilder(schedule.toJson()));
        }
        return b.build();
    }

    static TriggerSpec fromJson(JsonObject o) {
        JsonObject auth = o.containsKey("auth") ? o.getJsonObject("auth") : null;
        if (SCHEDULE.equals(o.getString("type"))) {
            return schedule(new TimerSpec(o.isNull("interval_seconds") ? null : o.getInt("interval_seconds"),
                    o.getString("cron", null), o.getString("timezone", null)));
        }
        return new TriggerSpec(o.getString("type"), o.getString("source_id", null),
                HTTP.equals(o.getString("type")) ? TriggerAuth.fromStored(auth) : null);
    }
}
