package io.millrace.application.execution;

import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records each destination delivery with its execution ({@code deliveries} in {@code GET /v1/executions/{id}}):
 * one entry per target, {@code {"destination", "target", "status", "attempts", "message", "at"}}, replaced by each
 * attempt; status {@code delivered}, {@code retrying} (a later attempt is scheduled) or {@code failed}. The
 * execution's row is locked while its list is rewritten, so concurrent deliveries of one execution keep each other's
 * entries. An execution deleted meanwhile records nothing.
 */
@ApplicationScoped
public class DeliveryLog {
    /** The states of a delivery. */
    enum Status { DELIVERED, RETRYING, FAILED }

    @Inject
    ExecutionRepository executions;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String executionId, String destination, String target, Status status, int attempts, String message) {
        executions.executionForUpdate(executionId).ifPresent(e -> e.recordDelivery(
                with(e.deliveriesJson(), destination, target, status, attempts, message, System.currentTimeMillis())));
    }

    /** The list {@code current} (null: empty) with the entry of {@code destination} and {@code target} replaced or added. */
    static String with(String current, String destination, String target, Status status, int attempts, String message,
                       long now) {
        JsonObjectBuilder entry = Jsonp.createObjectBuilder().add("destination", destination).add("target", target)
                .add("status", status.name().toLowerCase(java.util.Locale.ROOT)).add("attempts", attempts)
                .add("message", message == null ? JsonValue.NULL : Jsonp.createValue(message))
                .add("at", Instant.ofEpochMilli(now).toString());
        JsonArray old = current == null ? JsonValue.EMPTY_JSON_ARRAY : JsonText.parse(current).asJsonArray();
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        boolean replaced = false;
        for (JsonValue v : old) {
            JsonObject o = v.asJsonObject();
            if (o.getString("destination").equals(destination) && o.getString("target").equals(target)) {
                out.add(entry);
                replaced = true;
            } else {
                out.add(o);
            }
        }
        if (!replaced) {
            out.add(entry);
        }
        return JsonText.write(out.build());
    }
}
