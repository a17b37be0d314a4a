package io.millrace.infrastructure.persistence;

import io.millrace.domain.workflow.EmailTrigger;
import io.millrace.domain.workflow.EmailTriggerRepository;
import io.millrace.domain.workflow.ReceivedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEmailTriggerRepository implements EmailTriggerRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public List<EmailTrigger> ofWorkflow(String workflowId) {
        return em.createQuery("SELECT t FROM EmailTrigger t WHERE t.workflowId = :w ORDER BY t.position",
                EmailTrigger.class).setParameter("w", workflowId).getResultList();
    }

    @Override
    public Optional<EmailTrigger> byKey(String key) {
        return em.createQuery("SELECT t FROM EmailTrigger t WHERE t.mailboxKey = :k", EmailTrigger.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    @Override
    public void add(EmailTrigger trigger) {
        em.persist(trigger);
    }

    @Override
    public void remove(EmailTrigger trigger) {
        em.remove(em.contains(trigger) ? trigger : em.merge(trigger));
    }

    @Override
    public boolean received(String messageKey) {
        return em.find(ReceivedMail.class, messageKey) != null;
    }

    @Override
    public void add(ReceivedMail received) {
        em.persist(received);
    }

    @Override
    public int removeReceivedBefore(long cutoff, int max) {
        List<String> keys = em.createQuery("SELECT r.messageKey FROM ReceivedMail r WHERE r.receivedAt < :c"
                        + " ORDER BY r.receivedAt", String.class).setParameter("c", cutoff).setMaxResults(max).getResultList();
        if (keys.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM ReceivedMail r WHERE r.messageKey IN :k").setParameter("k", keys)
                .executeUpdate();
    }
}
