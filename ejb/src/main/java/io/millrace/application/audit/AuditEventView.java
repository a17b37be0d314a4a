package io.millrace.application.audit;

import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.AuditEvent;
import io.millrace.domain.audit.Target;

/** An audit event as the API shows it; {@code details} is a JSON object as text. */
public record AuditEventView(String id, String workspaceId, long occurredAt, Actor actor, String action,
                             Target target, String address, String details) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id(), e.workspaceId(), e.occurredAt(), e.actor(), e.action(), e.target(),
                e.address(), e.details());
    }
}
