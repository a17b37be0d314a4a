package io.millrace.infrastructure.persistence;

import io.millrace.domain.subscription.AutoSubscription;
import io.millrace.domain.subscription.Subscription;
import io.millrace.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSubscriptionRepository implements SubscriptionRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public void add(Subscription subscription) {
        em.persist(subscription);
    }

    @Override
    public void remove(Subscription subscription) {
        em.remove(em.contains(subscription) ? subscription : em.merge(subscription));
    }

    @Override
    public List<Subscription> listening(String workspaceId, String emitterId, String glob, String channel) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.workspaceId = :w"
                        + " AND (s.emitterId = :e OR s.emitterId = :g) AND s.eventName = :c ORDER BY s.id",
                        Subscription.class)
                .setParameter("w", workspaceId).setParameter("e", emitterId)
                .setParameter("g", glob == null ? emitterId : glob).setParameter("c", channel).getResultList();
    }

    @Override
    public Optional<Subscription> find(String workspaceId, String emitterId, String listenerId, String eventName,
                                       String origin) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.workspaceId = :w AND s.emitterId = :e"
                        + " AND s.listenerId = :l AND s.eventName = :c AND s.origin = :o", Subscription.class)
                .setParameter("w", workspaceId).setParameter("e", emitterId).setParameter("l", listenerId)
                .setParameter("c", eventName).setParameter("o", origin)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Subscription> ofWorkspace(String workspaceId) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.workspaceId = :w ORDER BY s.createdAt, s.id",
                Subscription.class).setParameter("w", workspaceId).getResultList();
    }

    @Override
    public List<Subscription> ofListener(String listenerId, String origin) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.listenerId = :l AND s.origin = :o",
                Subscription.class).setParameter("l", listenerId).setParameter("o", origin).getResultList();
    }

    @Override
    public void removeAllOf(String id) {
        em.createQuery("DELETE FROM Subscription s WHERE s.listenerId = :i OR s.emitterId = :i")
                .setParameter("i", id).executeUpdate();
        em.createQuery("DELETE FROM AutoSubscription a WHERE a.listenerId = :i").setParameter("i", id).executeUpdate();
    }

    @Override
    public void add(AutoSubscription auto) {
        em.persist(auto);
    }

    @Override
    public Optional<AutoSubscription> findAuto(String workspaceId, String listenerId, String eventName) {
        return em.createQuery("SELECT a FROM AutoSubscription a WHERE a.workspaceId = :w AND a.listenerId = :l"
                        + " AND a.eventName = :c", AutoSubscription.class)
                .setParameter("w", workspaceId).setParameter("l", listenerId).setParameter("c", eventName)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<AutoSubscription> autos(String workspaceId) {
        return em.createQuery("SELECT a FROM AutoSubscription a WHERE a.workspaceId = :w ORDER BY a.createdAt",
                AutoSubscription.class).setParameter("w", workspaceId).getResultList();
    }
}
