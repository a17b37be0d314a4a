package io.millrace.infrastructure.persistence;

import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaComponentRepository implements ComponentRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<Component> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Component.class, id));
    }

    @Override
    public Optional<Component> newestByKey(String workspaceId, String key) {
        TypedQuery<Component> q = em.createQuery("SELECT c FROM Component c WHERE " + workspace(workspaceId)
                + " AND c.componentKey = :k ORDER BY c.createdAt DESC, c.id DESC", Component.class)
                .setParameter("k", key);
        if (workspaceId != null) {
            q.setParameter("w", workspaceId);
        }
        return q.setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Component> sameCode(String workspaceId, String codeHash, String componentUrl) {
        TypedQuery<Component> q = em.createQuery("SELECT c FROM Component c WHERE " + workspace(workspaceId)
                + " AND c.codeHash = :h AND " + (componentUrl == null ? "c.componentUrl IS NULL" : "c.componentUrl = :u")
                + " ORDER BY c.createdAt DESC, c.id DESC", Component.class).setParameter("h", codeHash);
        if (workspaceId != null) {
            q.setParameter("w", workspaceId);
        }
        if (componentUrl != null) {
            q.setParameter("u", componentUrl);
        }
        return q.setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Component> registry() {
        return em.createQuery("SELECT c FROM Component c WHERE c.workspaceId IS NULL ORDER BY c.createdAt, c.id",
                Component.class).getResultList();
    }

    @Override
    public void add(Component component) {
        em.persist(component);
    }

    private static String workspace(String workspaceId) {
        return workspaceId == null ? "c.workspaceId IS NULL" : "c.workspaceId = :w";
    }
}
