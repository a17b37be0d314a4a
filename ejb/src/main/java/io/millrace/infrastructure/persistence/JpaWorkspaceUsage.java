package io.millrace.infrastructure.persistence;

import io.millrace.domain.workspace.WorkspaceUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaWorkspaceUsage implements WorkspaceUsage {
    private static final String OF_WORKSPACE = " FROM Execution e, Workflow w WHERE e.workflowId = w.id"
            + " AND w.workspaceId = :ws";

    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public long invocationsSince(String workspaceId, long sinceMillis) {
        return em.createQuery("SELECT COUNT(e)" + OF_WORKSPACE + " AND e.createdAt >= :since", Long.class)
                .setParameter("ws", workspaceId).setParameter("since", sinceMillis).getSingleResult();
    }

    @Override
    public long computeMillisSince(String workspaceId, long sinceMillis) {
        Number sum = em.createQuery("SELECT SUM(e.finishedAt - e.startedAt)" + OF_WORKSPACE
                        + " AND e.finishedAt >= :since AND e.startedAt IS NOT NULL", Number.class)
                .setParameter("ws", workspaceId).setParameter("since", sinceMillis).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }
}
