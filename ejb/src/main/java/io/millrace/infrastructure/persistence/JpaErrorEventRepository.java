package io.millrace.infrastructure.persistence;

import io.millrace.domain.errors.ErrorEvent;
import io.millrace.domain.errors.ErrorEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaErrorEventRepository implements ErrorEventRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public void add(ErrorEvent event) {
        em.persist(event);
    }

    @Override
    public List<ErrorEvent> latest(String workflowId, int limit) {
        return em.createQuery("SELECT e FROM ErrorEvent e WHERE e.workflowId = :w"
                        + " ORDER BY e.indexedAtMs DESC, e.idSeq DESC", ErrorEvent.class)
                .setParameter("w", workflowId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String workflowId) {
        return em.createQuery("SELECT COUNT(e) FROM ErrorEvent e WHERE e.workflowId = :w", Long.class)
                .setParameter("w", workflowId).getSingleResult();
    }

    @Override
    public int deleteIndexedBefore(long cutoffMs) {
        return em.createQuery("DELETE FROM ErrorEvent e WHERE e.indexedAtMs < :c").setParameter("c", cutoffMs)
                .executeUpdate();
    }
}
