package io.millrace.infrastructure.persistence;

import io.millrace.domain.subscription.Webhook;
import io.millrace.domain.subscription.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public void add(Webhook webhook) {
        em.persist(webhook);
    }

    @Override
    public void remove(Webhook webhook) {
        em.remove(em.contains(webhook) ? webhook : em.merge(webhook));
    }

    @Override
    public Optional<Webhook> find(String workspaceId, String id) {
        return Optional.ofNullable(em.find(Webhook.class, id))
                .filter(w -> workspaceId == null || w.workspaceId().equals(workspaceId));
    }

    @Override
    public List<Webhook> ofWorkspace(String workspaceId) {
        return em.createQuery("SELECT w FROM Webhook w WHERE w.workspaceId = :w ORDER BY w.createdAt DESC, w.id",
                Webhook.class).setParameter("w", workspaceId).getResultList();
    }
}
