package io.millrace.web.api.audit;

import io.millrace.application.audit.AuditEventView;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;

/** Audit events as the API shows them. */
final class AuditJson {
    private AuditJson() {
    }

    static JsonObjectBuilder event(AuditEventView e) {
        JsonObjectBuilder actor = Jsonp.createObjectBuilder().add("type", e.actor().type().wireName());
        nullable(actor, "id", e.actor().id());
        nullable(actor, "name", e.actor().name());
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", e.id()).add("org_id", e.workspaceId())
                .add("occurred_at", Instant.ofEpochMilli(e.occurredAt()).toString())
                .add("action", e.action()).add("actor", actor)
                .add("target", Jsonp.createObjectBuilder().add("type", e.target().type()).add("id", e.target().id()));
        nullable(b, "source_address", e.address());
        try (var reader = Jsonp.provider().createReader(new StringReader(e.details()))) {
            b.add("details", reader.readObject());
        }
        return b;
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.add(name, JsonValue.NULL);
        } else {
            b.add(name, value);
        }
    }
}
