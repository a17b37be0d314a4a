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
    public List<Component> ofWorkspace(String workspaceId, int max) {
        return em.createQuery("SELECT c FROM Component c WHERE c.workspaceId = :w ORDER BY c.createdAt DESC, c.id DESC",
                Component.class).setParameter("w", workspaceId).setMaxResults(max).getResultList();
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

    @Override
    public void remove(Component component) {
        Component managed = em.find(Component.class, component.id());
        if (managed != null) {
            em.remove(managed);
        }
    }

    @Override
    public java.util.Map<String, String> workflowsUsing(String componentId) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        em.createQuery("SELECT DISTINCT w.id, w.name FROM Workflow w, WorkflowDeployment d WHERE d.workflowId = w.id"
                        + " AND w.deleted = false AND d.definitionJson LIKE :p", Object[].class)
                .setParameter("p", "%\"component_id\":\"" + componentId + "\"%")
                .getResultList().forEach(row -> out.put((String) row[0], (String) row[1]));
        return out;
    }

    @Override
    public java.util.Map<String, String> sourcesUsing(String componentId) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        em.createQuery("SELECT s.id, s.name FROM Source s WHERE s.componentId = :c", Object[].class)
                .setParameter("c", componentId)
                .getResultList().forEach(row -> out.put((String) row[0], (String) row[1]));
        return out;
    }

    private static String workspace(String workspaceId) {
        return workspaceId == null ? "c.workspaceId IS NULL" : "c.workspaceId = :w";
    }
}
