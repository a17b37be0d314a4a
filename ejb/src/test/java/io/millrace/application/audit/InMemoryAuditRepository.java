package io.millrace.application.audit;

import io.millrace.domain.audit.AuditEvent;
import io.millrace.domain.audit.AuditFilter;
import io.millrace.domain.audit.AuditRepository;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Audit events in a list; paging is not modelled (one page of everything matching). */
class InMemoryAuditRepository implements AuditRepository {
    final List<AuditEvent> stored = new ArrayList<>();

    @Override
    public void add(AuditEvent event) {
        stored.add(event);
    }

    @Override
    public Page<AuditEvent> events(String workspaceId, AuditFilter f, PageRequest page) {
        List<AuditEvent> items = stored.stream().filter(e -> e.workspaceId().equals(workspaceId))
                .filter(e -> f.action() == null || (f.actionIsPrefix() ? e.action().startsWith(f.action())
                        : e.action().equals(f.action())))
                .filter(e -> f.actorId() == null || f.actorId().equals(e.actor().id()))
                .filter(e -> f.targetId() == null || f.targetId().equals(e.target().id()))
                .filter(e -> f.since() == null || e.occurredAt() >= f.since())
                .filter(e -> f.until() == null || e.occurredAt() < f.until())
                .sorted(Comparator.comparingLong(AuditEvent::occurredAt).reversed()).toList();
        return new Page<>(items, items.size(), null, null);
    }

    @Override
    public int removeBefore(long cutoff, int max) {
        List<AuditEvent> old = stored.stream().filter(e -> e.occurredAt() < cutoff).limit(max).toList();
        stored.removeAll(old);
        return old.size();
    }
}
