package io.millrace.infrastructure.persistence;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.shared.EventId;
import io.millrace.domain.source.SourceEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@ApplicationScoped
public class JpaSourceEventRepository implements SourceEventRepository {
    private static final String AFTER = " AND (e.indexedAtMs > :am OR (e.indexedAtMs = :am AND e.idSeq > :as))";
    private static final String BEFORE = " AND (e.indexedAtMs < :bm OR (e.indexedAtMs = :bm AND e.idSeq < :bs))";

    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public List<EmittedEvent> page(String emitterId, String channel, EventId after, EventId before, int limit) {
        boolean ascending = after != null && before == null;
        TypedQuery<EmittedEvent> q = em.createQuery("SELECT e FROM EmittedEvent e WHERE e.emitterId = :e AND "
                + channel(channel) + (after != null ? AFTER : "") + (before != null ? BEFORE : "")
                + (ascending ? " ORDER BY e.indexedAtMs, e.idSeq" : " ORDER BY e.indexedAtMs DESC, e.idSeq DESC"),
                EmittedEvent.class).setParameter("e", emitterId);
        if (channel != null) {
            q.setParameter("c", channel);
        }
        if (after != null) {
            q.setParameter("am", after.ms()).setParameter("as", after.seq());
        }
        if (before != null) {
            q.setParameter("bm", before.ms()).setParameter("bs", before.seq());
        }
        List<EmittedEvent> found = new ArrayList<>(q.setMaxResults(limit).getResultList());
        if (ascending) {
            Collections.reverse(found);
        }
        return found;
    }

    @Override
    public long count(String emitterId, String channel) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM EmittedEvent e WHERE e.emitterId = :e AND "
                + channel(channel), Long.class).setParameter("e", emitterId);
        if (channel != null) {
            q.setParameter("c", channel);
        }
        return q.getSingleResult();
    }

    private static String channel(String channel) {
        return channel == null ? "e.channel <> '" + ERRORS + "' AND e.channel <> '" + LOGS + "'" : "e.channel = :c";
    }
}
