package io.millrace.infrastructure.persistence;

import io.millrace.domain.signin.SamlMessage;
import io.millrace.domain.signin.SamlMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaSamlMessageRepository implements SamlMessageRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<SamlMessage> find(String kind, String messageId) {
        return Optional.ofNullable(em.find(SamlMessage.class, SamlMessage.key(kind, messageId)));
    }

    @Override
    public void add(SamlMessage message) {
        em.persist(message);
        em.flush();
    }

    /** One DELETE: the database lets only one of two concurrent callers remove the row. */
    @Override
    public boolean removeLive(String kind, String messageId, long now) {
        return em.createQuery("DELETE FROM SamlMessage m WHERE m.id = :id AND m.expiresAt >= :now")
                .setParameter("id", SamlMessage.key(kind, messageId)).setParameter("now", now).executeUpdate() == 1;
    }

    @Override
    public int removeExpired(long now) {
        return em.createQuery("DELETE FROM SamlMessage m WHERE m.expiresAt < :now").setParameter("now", now).executeUpdate();
    }
}
