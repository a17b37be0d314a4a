package io.millrace.infrastructure.persistence;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionKey;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.execution.QueueCounts;
import io.millrace.domain.execution.StepRun;
import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaExecutionRepository implements ExecutionRepository {
    private static final List<ExecutionStatus> OPEN =
            List.of(ExecutionStatus.QUEUED, ExecutionStatus.EXECUTING, ExecutionStatus.PAUSED);
    /** The most ids one {@code IN} list holds (a request may name 1,000). */
    private static final int IDS_PER_QUERY = 250;
    /** Lists of executions count their matches exactly up to this many ({@code page_info.total_count}). */
    static final int TOTAL_CAP = 1_000;
    private static final List<ExecutionStatus> FINISHED = List.of(ExecutionStatus.SUCCESS, ExecutionStatus.ERROR,
            ExecutionStatus.TIMEOUT, ExecutionStatus.CANCELLED);

    @PersistenceContext(unitName = "millrace")
    EntityManager em;
    @Inject
    StatusRollups rollups;

    @Override
    public Optional<Execution> execution(String id) {
        return Optional.ofNullable(em.find(Execution.class, id));
    }

    @Override
    public Optional<Execution> executionForUpdate(String id) {
        Execution found = em.find(Execution.class, id);
        if (found != null) {
            em.refresh(found, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public Page<Execution> executions(String workflowId, ExecutionStatus status, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("w", workflowId);
        String where = "x.workflowId = :w";
        if (status != null) {
            where += " AND x.status = :s";
            params.put("s", status);
        }
        return Paging.pageCounting(em, Execution.class, where, params, page, e -> new Cursor(e.createdAt(), e.id()),
                TOTAL_CAP);
    }

    @Override
    public Page<Execution> history(String workspaceId, HistoryFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = HistoryWhere.of(em, workspaceId, filter, false, params);
        if (page.cursor() == null) {
            return Paging.pageCounting(em, Execution.class, where, params, page,
                    e -> new Cursor(e.createdAt(), e.id()), TOTAL_CAP);
        }
        Cursor at = Cursor.decode(page.cursor(), page.cursorParameter());
        HistoryFilter beyond = page.backwards() ? filter.sinceAtLeast(at.createdAt())
                : filter.untilAtMost(at.createdAt() + 1);
        Map<String, Object> pageParams = new HashMap<>();
        String pageWhere = HistoryWhere.of(em, workspaceId, beyond, false, pageParams);
        return Paging.pageCounting(em, Execution.class, where, params, pageWhere, pageParams, page,
                e -> new Cursor(e.createdAt(), e.id()), TOTAL_CAP);
    }

    @Override
    public Map<ExecutionStatus, Long> historyCounts(String workspaceId, HistoryFilter filter) {
        // the settled hours of a long range from their kept counts (StatusRollups), the rest counted live: one count
        // per status and live range, each one range of the (workspace or workflow, status, createdAt) index, where a
        // GROUP BY over the workspace would read every execution of the time range and group them
        Set<ExecutionStatus> statuses = filter.statuses().isEmpty() ? EnumSet.allOf(ExecutionStatus.class)
                : filter.statuses();
        Map<ExecutionStatus, Long> counts = new EnumMap<>(ExecutionStatus.class);
        List<StatusRollups.Range> live = rollups.addSettled(workspaceId, filter, System.currentTimeMillis(), counts);
        if (live == null) {
            live = List.of(new StatusRollups.Range(Long.MIN_VALUE, Long.MAX_VALUE));
        }
        // one condition for every part, the status and the part's range bound as parameters: the workflows it leaves
        // out are read once per request instead of once per status and part
        boolean whole = live.size() == 1 && live.get(0).since() == Long.MIN_VALUE;
        HistoryFilter shape = whole ? filter : new HistoryFilter(filter.statuses(), filter.workflowIds(),
                filter.projectIds(), filter.triggerTypes(), filter.replayed(), filter.errorText(), 0L, 0L,
                filter.hiddenProjects());
        Map<String, Object> params = new HashMap<>();
        String where = HistoryWhere.of(em, workspaceId, shape.withStatuses(Set.of(ExecutionStatus.SUCCESS)), false,
                params);
        for (StatusRollups.Range range : live) {
            if (!whole) {
                params.put("since", range.since());
                params.put("until", range.until());
            }
            for (ExecutionStatus status : statuses) {
                params.put("ss", status);
                TypedQuery<Long> query = em.createQuery("SELECT COUNT(x) FROM Execution x WHERE " + where,
                        Long.class);
                params.forEach(query::setParameter);
                counts.merge(status, query.getSingleResult(), Long::sum);
            }
        }
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    @Override
    public List<String> finishedInHistory(String workspaceId, HistoryFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<String> query = em.createQuery("SELECT x.id FROM Execution x WHERE "
                + HistoryWhere.of(em, workspaceId, filter, false, params) + " AND x.status IN :finished"
                + " ORDER BY x.createdAt DESC, x.id DESC", String.class).setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.setParameter("finished", FINISHED).getResultList();
    }

    @Override
    public Map<String, ExecutionStatus> statusesOf(String workspaceId, Set<String> hiddenProjects,
                                                   Collection<String> ids) {
        Map<String, ExecutionStatus> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            Map<String, Object> params = new HashMap<>();
            TypedQuery<Object[]> query = em.createQuery("SELECT x.id, x.status FROM Execution x WHERE "
                    + HistoryWhere.of(em, workspaceId, HistoryFilter.none(hiddenProjects), true, params)
                    + " AND x.id IN :ids", Object[].class);
            params.forEach(query::setParameter);
            query.setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
            for (Object[] row : query.getResultList()) {
                found.put((String) row[0], (ExecutionStatus) row[1]);
            }
        }
        return found;
    }

    @Override
    public int deleteFinished(Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<String> finished = em.createQuery("SELECT x.id FROM Execution x WHERE x.id IN :ids AND x.status IN :finished",
                        String.class)
                .setParameter("ids", List.copyOf(ids)).setParameter("finished", FINISHED).getResultList();
        if (finished.isEmpty()) {
            return 0;
        }
        StatusRollups.forget(em, finished);
        em.createQuery("DELETE FROM StepRun r WHERE r.executionId IN :ids").setParameter("ids", finished).executeUpdate();
        return em.createQuery("DELETE FROM Execution x WHERE x.id IN :ids").setParameter("ids", finished).executeUpdate();
    }

    @Override
    public List<StepRun> stepRuns(String executionId) {
        return em.createQuery("SELECT r FROM StepRun r WHERE r.executionId = :e ORDER BY r.position", StepRun.class)
                .setParameter("e", executionId).getResultList();
    }

    @Override
    public List<String> replaysOf(String executionId, int limit) {
        return em.createQuery("SELECT e.id FROM Execution e WHERE e.replayOf = :e ORDER BY e.createdAt, e.id", String.class)
                .setParameter("e", executionId).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(Execution execution) {
        em.persist(execution);
    }

    @Override
    public List<Execution> dispatchedNotStarted() {
        return em.createQuery("SELECT x FROM Execution x WHERE x.status = :s AND x.dispatched = TRUE", Execution.class)
                .setParameter("s", ExecutionStatus.QUEUED).getResultList();
    }

    @Override
    public List<Execution> executing() {
        return em.createQuery("SELECT x FROM Execution x WHERE x.status = :s", Execution.class)
                .setParameter("s", ExecutionStatus.EXECUTING).getResultList();
    }

    @Override
    public List<Execution> waitingAtGate(String workflowId, int limit) {
        return em.createQuery("SELECT x FROM Execution x WHERE x.workflowId = :w AND x.status = :s"
                        + " AND x.dispatched = FALSE ORDER BY x.createdAt, x.id", Execution.class)
                .setParameter("w", workflowId).setParameter("s", ExecutionStatus.QUEUED)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void cancelWaiting(String workflowId, long now) {
        em.createQuery("UPDATE Execution x SET x.status = :cancelled, x.finishedAt = :now WHERE x.workflowId = :w"
                        + " AND x.status = :queued AND x.dispatched = FALSE")
                .setParameter("cancelled", ExecutionStatus.CANCELLED).setParameter("now", now)
                .setParameter("w", workflowId).setParameter("queued", ExecutionStatus.QUEUED).executeUpdate();
    }

    @Override
    public long countWaiting(String workflowId) {
        return em.createQuery("SELECT COUNT(x) FROM Execution x WHERE x.workflowId = :w AND x.status = :s"
                        + " AND x.dispatched = FALSE", Long.class)
                .setParameter("w", workflowId).setParameter("s", ExecutionStatus.QUEUED).getSingleResult();
    }

    @Override
    public Map<String, Integer> inFlightByKey(String workflowId) {
        Map<String, Integer> counts = new HashMap<>();
        em.createQuery("SELECT x.gateKey, COUNT(x) FROM Execution x WHERE x.workflowId = :w AND x.dispatched = TRUE"
                        + " AND x.status IN :open GROUP BY x.gateKey", Object[].class)
                .setParameter("w", workflowId).setParameter("open", OPEN)
                .getResultList().forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    @Override
    public QueueCounts queueCounts(String workflowId) {
        long waiting = 0;
        long dispatched = 0;
        long executing = 0;
        long paused = 0;
        for (Object[] row : em.createQuery("SELECT x.status, x.dispatched, COUNT(x) FROM Execution x"
                        + " WHERE x.workflowId = :w AND x.status IN :open GROUP BY x.status, x.dispatched", Object[].class)
                .setParameter("w", workflowId).setParameter("open", OPEN).getResultList()) {
            long n = ((Number) row[2]).longValue();
            switch ((ExecutionStatus) row[0]) {
                case QUEUED -> {
                    if (Boolean.TRUE.equals(row[1])) {
                        dispatched += n;
                    } else {
                        waiting += n;
                    }
                }
                case EXECUTING -> executing += n;
                case PAUSED -> paused += n;
                default -> { }
            }
        }
        Long oldest = em.createQuery("SELECT MIN(x.createdAt) FROM Execution x WHERE x.workflowId = :w"
                        + " AND x.status = :s AND x.dispatched = FALSE", Long.class)
                .setParameter("w", workflowId).setParameter("s", ExecutionStatus.QUEUED).getSingleResult();
        return new QueueCounts(waiting, dispatched, executing, paused, oldest);
    }

    @Override
    public List<String> finishedBefore(long cutoff, String afterId, int limit) {
        return em.createQuery("SELECT x.id FROM Execution x WHERE x.finishedAt < :c AND x.id > :a ORDER BY x.id",
                        String.class)
                .setParameter("c", cutoff).setParameter("a", afterId == null ? "" : afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ExecutionKey> finishedOfWorkflowBefore(String workflowId, long createdBefore, ExecutionKey after,
                                                       int limit) {
        return em.createQuery("SELECT NEW io.millrace.domain.execution.ExecutionKey(x.id, x.createdAt) FROM Execution x"
                                + " WHERE x.workflowId = :w AND x.createdAt < :c AND x.createdAt >= :at"
                                + " AND (x.createdAt > :at OR x.id > :id) AND x.status IN :finished"
                                + " ORDER BY x.createdAt, x.id", ExecutionKey.class)
                .setParameter("w", workflowId).setParameter("c", createdBefore).setParameter("at", after.createdAt())
                .setParameter("id", after.id()).setParameter("finished", FINISHED)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Long createdAtOfNewest(String workflowId, int n) {
        List<Long> at = em.createQuery("SELECT x.createdAt FROM Execution x WHERE x.workflowId = :w"
                        + " ORDER BY x.createdAt DESC", Long.class)
                .setParameter("w", workflowId).setFirstResult(n - 1).setMaxResults(1).getResultList();
        return at.isEmpty() ? null : at.get(0);
    }

    @Override
    public void deleteStepRuns(String executionId) {
        em.createQuery("DELETE FROM StepRun r WHERE r.executionId = :e").setParameter("e", executionId).executeUpdate();
    }

    @Override
    public void delete(String executionId) {
        StatusRollups.forget(em, List.of(executionId));
        em.createQuery("DELETE FROM StepRun r WHERE r.executionId = :e").setParameter("e", executionId)
                .executeUpdate();
        em.createQuery("DELETE FROM Execution x WHERE x.id = :e").setParameter("e", executionId).executeUpdate();
    }

    @Override
    public void insertStepRun(StepRun stepRun) {
        em.persist(stepRun);
    }

    @Override
    public void updateStepRun(StepRun stepRun) {
        em.merge(stepRun);
    }

    @Override
    public void replaceStepRun(StepRun stepRun) {
        StepRun existing = em.find(StepRun.class, stepRun.id());
        if (existing != null && existing.status() == ExecutionStatus.PAUSED) {
            em.remove(existing);
            em.flush();
            existing = null;
        }
        if (existing == null) {
            em.persist(stepRun);
        }
    }
}
