package io.millrace.infrastructure.persistence;

import io.millrace.domain.execution.ExecutionStatsRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.HistoryFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's aggregates. The hourly counts are one native query grouped by {@code createdAt / 3600000} (JPQL
 * binds the literal as a parameter, and Derby then refuses the GROUP BY expression as a different one); the
 * others are JPQL grouped by workflow over {@link HistoryWhere}'s workspace condition.
 */
@ApplicationScoped
public class JpaExecutionStats implements ExecutionStatsRepository {
    private static final long HOUR = 3_600_000L;
    private static final List<ExecutionStatus> FAILED = List.of(ExecutionStatus.ERROR, ExecutionStatus.TIMEOUT);
    private static final List<ExecutionStatus> OPEN =
            List.of(ExecutionStatus.QUEUED, ExecutionStatus.EXECUTING, ExecutionStatus.PAUSED);

    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public List<HourCount> hourly(String workspaceId, Set<String> hidden, long since) {
        StringBuilder sql = new StringBuilder("SELECT CREATEDAT / ").append(HOUR).append(", STATUS, COUNT(*)"
                + " FROM MR_EXECUTION WHERE CREATEDAT >= ?1 AND WORKFLOWID IN (SELECT ID FROM MR_WORKFLOW"
                + " WHERE WORKSPACEID = ?2 AND DELETED = ?3");
        List<String> hiddenIds = List.copyOf(hidden);
        if (!hiddenIds.isEmpty()) {
            sql.append(" AND PROJECTID NOT IN (");
            for (int i = 0; i < hiddenIds.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append('?').append(i + 4);
            }
            sql.append(')');
        }
        sql.append(") GROUP BY CREATEDAT / ").append(HOUR).append(", STATUS");
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, since).setParameter(2, workspaceId)
                .setParameter(3, false);
        for (int i = 0; i < hiddenIds.size(); i++) {
            query.setParameter(i + 4, hiddenIds.get(i));
        }
        Map<Long, long[]> hours = new java.util.TreeMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            long[] counts = hours.computeIfAbsent(((Number) cells[0]).longValue(), h -> new long[2]);
            long n = ((Number) cells[2]).longValue();
            counts[0] += n;
            if (FAILED.stream().anyMatch(s -> s.name().equals(String.valueOf(cells[1]).trim()))) {
                counts[1] += n;
            }
        }
        List<HourCount> out = new ArrayList<>(hours.size());
        hours.forEach((hour, counts) -> out.add(new HourCount(hour, counts[0], counts[1])));
        return out;
    }

    @Override
    public List<WorkflowTiming> timings(String workspaceId, Set<String> hidden, long since) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery("SELECT x.workflowId, COUNT(x), AVG(x.finishedAt - x.startedAt),"
                + " MAX(x.finishedAt - x.startedAt) FROM Execution x WHERE " + where(workspaceId, hidden, since, params)
                + " AND x.finishedAt IS NOT NULL AND x.startedAt IS NOT NULL GROUP BY x.workflowId", Object[].class);
        params.forEach(query::setParameter);
        List<WorkflowTiming> out = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            out.add(new WorkflowTiming((String) row[0], ((Number) row[1]).longValue(),
                    Math.round(((Number) row[2]).doubleValue()), ((Number) row[3]).longValue()));
        }
        return out;
    }

    @Override
    public List<WorkflowFailures> failures(String workspaceId, Set<String> hidden, long since) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> failed = em.createQuery("SELECT x.workflowId, COUNT(x) FROM Execution x WHERE "
                + where(workspaceId, hidden, since, params) + " AND x.status IN :failed GROUP BY x.workflowId",
                Object[].class);
        params.forEach(failed::setParameter);
        Map<String, Long> errors = new LinkedHashMap<>();
        for (Object[] row : failed.setParameter("failed", FAILED).getResultList()) {
            errors.put((String) row[0], ((Number) row[1]).longValue());
        }
        if (errors.isEmpty()) {
            return List.of();
        }
        params.clear();
        TypedQuery<Object[]> all = em.createQuery("SELECT x.workflowId, COUNT(x) FROM Execution x WHERE "
                + where(workspaceId, hidden, since, params) + " AND x.workflowId IN :ids GROUP BY x.workflowId",
                Object[].class);
        params.forEach(all::setParameter);
        List<WorkflowFailures> out = new ArrayList<>();
        for (Object[] row : all.setParameter("ids", List.copyOf(errors.keySet())).getResultList()) {
            String id = (String) row[0];
            out.add(new WorkflowFailures(id, ((Number) row[1]).longValue(), errors.get(id)));
        }
        return out;
    }

    @Override
    public List<WorkflowQueue> queues(String workspaceId, Set<String> hidden) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery("SELECT x.workflowId, x.status, x.dispatched, COUNT(x)"
                + " FROM Execution x WHERE " + HistoryWhere.of(em, workspaceId, HistoryFilter.none(hidden), false, params)
                + " AND x.status IN :open GROUP BY x.workflowId, x.status, x.dispatched", Object[].class);
        params.forEach(query::setParameter);
        Map<String, long[]> byWorkflow = new LinkedHashMap<>();
        for (Object[] row : query.setParameter("open", OPEN).getResultList()) {
            long[] c = byWorkflow.computeIfAbsent((String) row[0], id -> new long[4]);
            long n = ((Number) row[3]).longValue();
            switch ((ExecutionStatus) row[1]) {
                case QUEUED -> c[Boolean.TRUE.equals(row[2]) ? 1 : 0] += n;
                case EXECUTING -> c[2] += n;
                case PAUSED -> c[3] += n;
                default -> { }
            }
        }
        List<WorkflowQueue> out = new ArrayList<>();
        byWorkflow.forEach((id, c) -> out.add(new WorkflowQueue(id, c[0], c[1], c[2], c[3])));
        return out;
    }

    private String where(String workspaceId, Set<String> hidden, long since, Map<String, Object> params) {
        HistoryFilter filter = new HistoryFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, since, null, hidden);
        return HistoryWhere.of(em, workspaceId, filter, false, params);
    }
}
