package io.millrace.infrastructure.persistence;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.EmittedEventRepository;
import io.millrace.domain.events.SystemChannels;
import io.millrace.shared.EventId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEmittedEventRepository implements EmittedEventRepository {
    private static final String AFTER = " AND (e.indexedAtMs > :am OR (e.indexedAtMs = :am AND e.idSeq > :as))";
    private static final String BEFORE = " AND (e.indexedAtMs < :bm OR (e.indexedAtMs = :bm AND e.idSeq < :bs))";
    private static final String FROM = " AND (e.indexedAtMs > :am OR (e.indexedAtMs = :am AND e.idSeq >= :as))";
    private static final String TO = " AND (e.indexedAtMs < :bm OR (e.indexedAtMs = :bm AND e.idSeq <= :bs))";
    private static final String NOT_SYSTEM = " AND e.channel <> '" + SystemChannels.ERRORS + "' AND e.channel <> '"
            + SystemChannels.LOGS + "' AND e.channel <> '" + SystemChannels.TEST + "'";

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
    public List<EmittedEvent> page(String emitterId, String channel, EventId after, EventId before, int limit) {
        boolean ascending = after != null && before == null;
        TypedQuery<EmittedEvent> q = em.createQuery("SELECT e FROM EmittedEvent e WHERE e.emitterId = :e"
                + channel(channel) + (after != null ? AFTER : "") + (before != null ? BEFORE : "")
                + (ascending ? " ORDER BY e.indexedAtMs, e.idSeq" : " ORDER BY e.indexedAtMs DESC, e.idSeq DESC"),
                EmittedEvent.class);
        bind(q, emitterId, channel);
        bounds(q, after, before);
        List<EmittedEvent> found = new ArrayList<>(q.setMaxResults(limit).getResultList());
        if (ascending) {
            Collections.reverse(found);
        }
        return found;
    }

    @Override
    public long count(String emitterId, String channel) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM EmittedEvent e WHERE e.emitterId = :e"
                + channel(channel), Long.class);
        bind(q, emitterId, channel);
        return q.getSingleResult();
    }

    @Override
    public int deleteRange(String emitterId, EventId start, EventId end) {
        Query q = em.createQuery("DELETE FROM EmittedEvent e WHERE e.emitterId = :e"
                + (start != null ? FROM : "") + (end != null ? TO : "")).setParameter("e", emitterId);
        bounds(q, start, end);
        return q.executeUpdate();
    }

    @Override
    public int deleteAll(String emitterId) {
        return deleteRange(emitterId, null, null);
    }

    /** The condition on the channel: exactly {@code channel}, or (null) any but the system channels. */
    private static String channel(String channel) {
        return channel == null ? NOT_SYSTEM : " AND e.channel = :c";
    }

    private static void bind(Query q, String emitterId, String channel) {
        q.setParameter("e", emitterId);
        if (channel != null) {
            q.setParameter("c", channel);
        }
    }

    /** Binds the lower bound {@code :am/:as} and the upper bound {@code :bm/:bs} that are given. */
    private static void bounds(Query q, EventId lower, EventId upper) {
        if (lower != null) {
            q.setParameter("am", lower.ms()).setParameter("as", lower.seq());
        }
        if (upper != null) {
            q.setParameter("bm", upper.ms()).setParameter("bs", upper.seq());
        }
    }
}
