package io.millrace.infrastructure.persistence;

import io.millrace.domain.workflow.ScheduleTimer;
import io.millrace.domain.workflow.ScheduleTimerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Schedule timers; the claim is one conditional UPDATE on the timer's row. */
@ApplicationScoped
public class JpaScheduleTimerRepository implements ScheduleTimerRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public List<ScheduleTimer> all() {
        return em.createQuery("SELECT t FROM ScheduleTimer t", ScheduleTimer.class).getResultList();
    }

    @Override
    public List<ScheduleTimer> ofWorkflow(String workflowId) {
        return em.createQuery("SELECT t FROM ScheduleTimer t WHERE t.workflowId = :w ORDER BY t.id", ScheduleTimer.class)
                .setParameter("w", workflowId).getResultList();
    }

    @Override
    public void insert(ScheduleTimer timer) {
        em.persist(timer);
        em.flush();
    }

    @Override
    public boolean claim(String id, long dueMs, long nextMs) {
        return em.createQuery("UPDATE ScheduleTimer t SET t.nextFireAt = :next, t.lastFiredAt = :due"
                        + " WHERE t.id = :id AND t.nextFireAt = :due")
                .setParameter("next", nextMs).setParameter("due", dueMs).setParameter("id", id).executeUpdate() == 1;
    }

    @Override
    public boolean restart(String id, String oldSpec, String spec, long nextMs) {
        return em.createQuery("UPDATE ScheduleTimer t SET t.spec = :spec, t.nextFireAt = :next, t.lastFiredAt = NULL"
                        + " WHERE t.id = :id AND t.spec = :old")
                .setParameter("spec", spec).setParameter("next", nextMs).setParameter("id", id)
                .setParameter("old", oldSpec).executeUpdate() == 1;
    }

    @Override
    public void delete(String id) {
        em.createQuery("DELETE FROM ScheduleTimer t WHERE t.id = :id").setParameter("id", id).executeUpdate();
    }

    @Override
    public Optional<ScheduleTimer> find(String id) {
        return Optional.ofNullable(em.find(ScheduleTimer.class, id));
    }
}
