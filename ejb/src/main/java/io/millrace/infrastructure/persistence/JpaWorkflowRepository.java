package io.millrace.infrastructure.persistence;

import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowDraft;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import io.millrace.domain.workspace.HiddenProjects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<Workflow> workflow(String workspaceId, String id) {
        return Optional.ofNullable(em.find(Workflow.class, id))
                .filter(w -> !w.deleted())
                .filter(w -> workspaceId == null || w.workspaceId().equals(workspaceId));
    }

    @Override
    public Optional<Workflow> lock(String id) {
        return Optional.ofNullable(em.find(Workflow.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<String> ownerOf(String workflowId) {
        return Optional.ofNullable(em.find(Workflow.class, workflowId)).map(Workflow::workspaceId);
    }

    @Override
    public Optional<String> projectOf(String workflowId) {
        return Optional.ofNullable(em.find(Workflow.class, workflowId)).map(Workflow::projectId);
    }

    @Override
    public Page<Workflow> workflows(String workspaceId, HiddenProjects hidden, PageRequest page) {
        Map<String, Object> params = new HashMap<>(Map.of("w", workspaceId));
        return Paging.page(em, Workflow.class, "x.workspaceId = :w AND x.deleted = FALSE"
                        + HiddenWhere.projects("x.projectId", hidden, params), params,
                page, w -> new Cursor(w.createdAt(), w.id()));
    }

    @Override
    public List<Workflow> after(String afterId, int limit) {
        return em.createQuery("SELECT w FROM Workflow w WHERE w.deleted = false AND w.id > :a ORDER BY w.id", Workflow.class)
                .setParameter("a", afterId == null ? "" : afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<WorkflowDeployment> deployment(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(WorkflowDeployment.class, id));
    }

    @Override
    public List<Workflow> inProject(String projectId) {
        return em.createQuery("SELECT w FROM Workflow w WHERE w.projectId = :p AND w.deleted = FALSE"
                + " ORDER BY w.createdAt, w.id", Workflow.class).setParameter("p", projectId).getResultList();
    }

    @Override
    public Page<WorkflowDeployment> deployments(String workflowId, PageRequest page) {
        long total = em.createQuery("SELECT COUNT(d) FROM WorkflowDeployment d WHERE d.workflowId = :w", Long.class)
                .setParameter("w", workflowId).getSingleResult();
        Integer from = page.cursor() == null ? null
                : (int) Cursor.decode(page.cursor(), page.cursorParameter()).createdAt();
        boolean backwards = page.backwards();
        String jpql = "SELECT d FROM WorkflowDeployment d WHERE d.workflowId = :w"
                + (from == null ? "" : backwards ? " AND d.version > :v" : " AND d.version < :v")
                + (backwards ? " ORDER BY d.version ASC" : " ORDER BY d.version DESC");
        var query = em.createQuery(jpql, WorkflowDeployment.class).setParameter("w", workflowId)
                .setMaxResults(page.limit());
        if (from != null) {
            query.setParameter("v", from);
        }
        List<WorkflowDeployment> items = new ArrayList<>(query.getResultList());
        if (backwards) {
            Collections.reverse(items);
        }
        return Page.of(items, total, d -> new Cursor(d.version(), d.id()).encode());
    }

    @Override
    public Optional<WorkflowDeployment> deployment(String workflowId, int version) {
        return em.createQuery("SELECT d FROM WorkflowDeployment d WHERE d.workflowId = :w AND d.version = :v",
                        WorkflowDeployment.class).setParameter("w", workflowId).setParameter("v", version)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<WorkflowDraft> draft(String workflowId) {
        return Optional.ofNullable(em.find(WorkflowDraft.class, workflowId));
    }

    @Override
    public void add(WorkflowDraft draft) {
        em.persist(draft);
    }

    @Override
    public void remove(WorkflowDraft draft) {
        em.remove(em.contains(draft) ? draft : em.merge(draft));
    }

    @Override
    public List<HttpTrigger> httpTriggers(String workflowId) {
        return em.createQuery("SELECT t FROM HttpTrigger t WHERE t.workflowId = :w ORDER BY t.position",
                HttpTrigger.class).setParameter("w", workflowId).getResultList();
    }

    @Override
    public Optional<HttpTrigger> httpTriggerByKey(String key) {
        return em.createQuery("SELECT t FROM HttpTrigger t WHERE t.endpointKey = :k", HttpTrigger.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    @Override
    public void add(Workflow workflow) {
        em.persist(workflow);
    }

    @Override
    public void add(WorkflowDeployment deployment) {
        em.persist(deployment);
    }

    @Override
    public void add(HttpTrigger trigger) {
        em.persist(trigger);
    }

    @Override
    public void remove(HttpTrigger trigger) {
        em.remove(em.contains(trigger) ? trigger : em.merge(trigger));
    }
}
