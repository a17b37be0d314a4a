package io.millrace.infrastructure.persistence;

import io.millrace.domain.execution.SseRecord;
import io.millrace.domain.execution.SseRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@ApplicationScoped
public class JpaSseRecordRepository implements SseRecordRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public void add(List<SseRecord> records) {
        for (SseRecord r : records) {
            if (em.find(SseRecord.class, r.id()) == null) {
                em.persist(r);
            }
        }
    }

    @Override
    public List<SseRecord> recent(String workflowId, int limit) {
        List<SseRecord> newest = new ArrayList<>(em.createQuery(
                        "SELECT r FROM SseRecord r WHERE r.workflowId = :w ORDER BY r.seq DESC", SseRecord.class)
                .setParameter("w", workflowId).setMaxResults(limit).getResultList());
        Collections.reverse(newest);
        return newest;
    }

    @Override
    public List<SseRecord> find(List<String> ids) {
        List<SseRecord> found = new ArrayList<>();
        for (String id : ids) {
            SseRecord r = em.find(SseRecord.class, id);
            if (r != null) {
                found.add(r);
            }
        }
        return found;
    }

    @Override
    public void trim(String workflowId, int keep) {
        List<Long> cut = em.createQuery("SELECT r.seq FROM SseRecord r WHERE r.workflowId = :w ORDER BY r.seq DESC",
                        Long.class).setParameter("w", workflowId).setFirstResult(keep).setMaxResults(1).getResultList();
        if (!cut.isEmpty()) {
            em.createQuery("DELETE FROM SseRecord r WHERE r.workflowId = :w AND r.seq <= :s")
                    .setParameter("w", workflowId).setParameter("s", cut.get(0)).executeUpdate();
        }
    }
}
