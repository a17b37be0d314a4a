package io.millrace.infrastructure.persistence;

import io.millrace.domain.errors.ErrorNotice;
import io.millrace.domain.errors.ErrorNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** One conditional UPDATE per claim; an INSERT only for an error never notified (or purged). */
@ApplicationScoped
public class JpaErrorNoticeRepository implements ErrorNoticeRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public boolean claim(String workflowId, String errorName, long nowMs) {
        String key = ErrorNotice.key(workflowId, errorName);
        int renewed = em.createQuery("UPDATE ErrorNotice n SET n.notifiedAt = :now WHERE n.id = :id AND n.notifiedAt <= :due")
                .setParameter("now", nowMs).setParameter("id", key)
                .setParameter("due", nowMs - ErrorNotice.WINDOW.toMillis()).executeUpdate();
        if (renewed == 1) {
            return true;
        }
        if (em.find(ErrorNotice.class, key) != null) {
            return false;
        }
        em.persist(new ErrorNotice(workflowId, errorName, nowMs));
        em.flush();
        return true;
    }

    @Override
    public int deleteNotifiedBefore(long cutoffMs) {
        return em.createQuery("DELETE FROM ErrorNotice n WHERE n.notifiedAt < :c").setParameter("c", cutoffMs)
                .executeUpdate();
    }
}
