package io.millrace.infrastructure.persistence;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.EmittedEventRepository;
import io.millrace.shared.EventId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEmittedEventRepository implements EmittedEventRepository {
    private static final String AFTER = " AND (e.indexedAtMs > :am OR (e.indexedAtMs = :am AND e.idSeq > :as))";
    private static final String BEFORE = " AND (e.indexedAtMs < :bm OR (e.indexedAtMs = :bm AND e.idSeq < :bs))";

    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public void add(EmittedEvent event) {
        em.persist(event);
    }

    @Override
    public Optional<EmittedEvent> find(String emitterId, String eventId) {
        return Optional.ofNullable(em.find(EmittedEvent.class, emitterId + "/" + eventId));
    }

    @Override
    public List<EmittedEvent> latest(String emitterId, String channel, int limit) {
        TypedQuery<EmittedEvent> q = em.createQuery("SELECT e FROM EmittedEvent e WHERE e.emitterId = :e"
                + (channel == null ? "" : " AND e.channel = :c")
                + " ORDER BY e.indexedAtMs DESC, e.idSeq DESC", EmittedEvent.class).setParameter("e", emitterId);
        if (channel != null) {
            q.setParameter("c", channel);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public List<EmittedEvent> page(String emitterId, EventId after, EventId before, int limit) {
        boolean ascending = after != null && before == null;
        TypedQuery<EmittedEvent> q = em.createQuery("SELECT e FROM EmittedEvent e WHERE e.emitterId = :e"
                + (after != null ? AFTER : "") + (before != null ? BEFORE : "")
                + (ascending ? " ORDER BY e.indexedAtMs, e.idSeq" : " ORDER BY e.indexedAtMs DESC, e.idSeq DESC"),
                EmittedEvent.class).setParameter("e", emitterId);
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
    public long count(String emitterId) {
        return em.createQuery("SELECT COUNT(e) FROM EmittedEvent e WHERE e.emitterId = :e", Long.class)
                .setParameter("e", emitterId).getSingleResult();
    }

    @Override
    public int deleteRange(String emitterId, EventId start, EventId end) {
        String jpql = "DELETE FROM EmittedEvent e WHERE e.emitterId = :e"
                + (start != null ? " AND (e.indexedAtMs > :am OR (e.indexedAtMs = :am AND e.idSeq >= :as))" : "")
                + (end != null ? " AND (e.indexedAtMs < :bm OR (e.indexedAtMs = :bm AND e.idSeq <= :bs))" : "");
        var q = em.createQuery(jpql).setParameter("e", emitterId);
        if (start != null) {
            q.setParameter("am", start.ms()).setParameter("as", start.seq());
        }
        if (end != null) {
            q.setParameter("bm", end.ms()).setParameter("bs", end.seq());
        }
        return q.executeUpdate();
    }

    @Override
    public int deleteAll(String emitterId) {
        return deleteRange(emitterId, null, null);
    }
}
