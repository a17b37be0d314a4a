package io.millrace.infrastructure.persistence;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.execution.SettledHour;
import io.millrace.domain.execution.StatusHour;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The history's counts per status over a long time range, from counts kept per settled hour. An hour is settled once
 * it ended {@link #GRACE} ago and every execution created in it has finished: a finished execution never changes
 * status again, and new executions are created at the time of their intake, so the hour's counts stay true until one
 * of its executions is deleted ({@link #forget}, in the deleting transaction). Hours are counted and stored the first
 * time a count needs them ({@link RollupWriter}); the range's partial first and last hours, the hours not settled yet
 * and any hour that could not be stored are counted live. Intake and the executions' status changes write nothing
 * here. Only filters of workflows, statuses and a time range (or none: all time, from the workspace's oldest
 * execution) use the kept counts; others count live.
 */
@ApplicationScoped
public class StatusRollups {
    static final long HOUR = 3_600_000L;
    /** How long after its end an hour may be settled (a late intake commit or a clock behind still lands in time). */
    static final long GRACE = 15 * 60_000L;
    private static final Logger LOG = Logger.getLogger(StatusRollups.class.getName());

    @PersistenceContext(unitName = "millrace")
    EntityManager em;
    @Inject
    RollupWriter writer;
    /** {@link #oldest}'s bound per workspace. */
    private final Map<String, Long> oldest = new ConcurrentHashMap<>();

    /** A time range of the history: {@code since} inclusive, {@code until} exclusive. */
    record Range(long since, long until) {
    }

    /**
     * The ranges to count live, with the kept counts of the settled hours between them added to {@code counts};
     * null when the filter or range cannot use kept counts (count it all live).
     */
    List<Range> addSettled(String workspaceId, HistoryFilter filter, long now, Map<ExecutionStatus, Long> counts) {
        if (!filter.projectIds().isEmpty() || !filter.triggerTypes().isEmpty()
                || filter.replayed() != null || filter.errorText() != null) {
            return null;
        }
        Long since = filter.since() == null ? oldest(workspaceId) : filter.since();
        if (since == null) { // no executions
            return null;
        }
        long until = filter.until() == null ? now : filter.until();
        long first = Math.floorDiv(since + HOUR - 1, HOUR) * HOUR;
        long end = Math.min(Math.floorDiv(until, HOUR), Math.floorDiv(now - GRACE, HOUR)) * HOUR;
        if (end - first < 2 * HOUR) {
            return null;
        }
        Set<Long> settled = settled(workspaceId, first, end);
        if (settled.size() < (end - first) / HOUR) {
            settle(workspaceId, first, end, settled);
            settled = settled(workspaceId, first, end);
        }
        addKept(workspaceId, filter, first, end, settled, counts);
        List<Range> live = new ArrayList<>();
        live.add(new Range(since, first));
        long from = first;
        for (long h = first; h < end; h += HOUR) {
            if (settled.contains(h)) {
                live.add(new Range(from, h));
                from = h + HOUR;
            }
        }
        live.add(new Range(from, until));
        live.removeIf(r -> r.until() <= r.since());
        return live;
    }

    /**
     * Where counting "all time" may start for the workspace: the creation time of its oldest execution when first
     * asked (less {@link #GRACE}), or null when it has none. Executions are created at their intake, never in the
     * past, so the bound stays true (deleting executions only moves the oldest later); it is read once per workspace
     * and server, one {@code MIN} per workflow of the workspace, each the first entry of the workflow's
     * ({@code workflowId}, {@code createdAt}) index (Derby cannot read the workspace's index backwards, and read all
     * of it). Without it, a count with no {@code since} counted every execution live.
     */
    Long oldest(String workspaceId) {
        Long known = oldest.get(workspaceId);
        if (known != null) {
            return known;
        }
        Long min = null;
        for (String workflowId : em.createQuery("SELECT w.id FROM Workflow w WHERE w.workspaceId = :ws", String.class)
                .setParameter("ws", workspaceId).getResultList()) {
            Long first = em.createQuery("SELECT MIN(x.createdAt) FROM Execution x WHERE x.workflowId = :w", Long.class)
                    .setParameter("w", workflowId).getSingleResult();
            if (first != null && (min == null || first < min)) {
                min = first;
            }
        }
        if (min == null) {
            return null;
        }
        oldest.putIfAbsent(workspaceId, min - GRACE);
        return min - GRACE;
    }

    private Set<Long> settled(String workspaceId, long first, long end) {
        return new HashSet<>(em.createQuery("SELECT m.hourStart FROM SettledHour m WHERE m.workspaceId = :ws"
                        + " AND m.hourStart >= :first AND m.hourStart < :end", Long.class)
                .setParameter("ws", workspaceId).setParameter("first", first).setParameter("end", end)
                .getResultList());
    }

    private void addKept(String workspaceId, HistoryFilter filter, long first, long end, Set<Long> settled,
                         Map<ExecutionStatus, Long> counts) {
        if (settled.isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        HistoryFilter noRange = new HistoryFilter(filter.statuses(), filter.workflowIds(), Set.of(), Set.of(), null,
                null, null, null, filter.hiddenProjects());
        TypedQuery<Object[]> query = em.createQuery("SELECT x.hourStart, x.status, SUM(x.n) FROM StatusHour x WHERE "
                + HistoryWhere.of(em, workspaceId, noRange, false, params)
                + " AND x.hourStart >= :first AND x.hourStart < :end GROUP BY x.hourStart, x.status", Object[].class);
        params.forEach(query::setParameter);
        for (Object[] row : query.setParameter("first", first).setParameter("end", end).getResultList()) {
            if (settled.contains(((Number) row[0]).longValue())) {
                counts.merge((ExecutionStatus) row[1], ((Number) row[2]).longValue(), Long::sum);
            }
        }
    }

    /** Counts the hours of {@code [first, end)} not settled yet, and stores those whose executions all finished. */
    private void settle(String workspaceId, long first, long end, Set<Long> settled) {
        long from = first;
        while (from < end) {
            while (from < end && settled.contains(from)) {
                from += HOUR;
            }
            long to = from;
            while (to < end && !settled.contains(to)) {
                to += HOUR;
            }
            if (to > from) {
                settleRun(workspaceId, from, to);
            }
            from = to;
        }
    }

    private void settleRun(String workspaceId, long from, long to) {
        Query query = em.createNativeQuery("SELECT CREATEDAT / " + HOUR + ", WORKFLOWID, STATUS, COUNT(*)"
                        + " FROM MR_EXECUTION WHERE WORKSPACEID = ?1 AND CREATEDAT >= ?2 AND CREATEDAT < ?3"
                        + " GROUP BY CREATEDAT / " + HOUR + ", WORKFLOWID, STATUS")
                .setParameter(1, workspaceId).setParameter(2, from).setParameter(3, to);
        Map<Long, List<StatusHour>> byHour = new TreeMap<>();
        for (long h = from; h < to; h += HOUR) {
            byHour.put(h, new ArrayList<>());
        }
        Set<Long> open = new HashSet<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            long hour = ((Number) cells[0]).longValue() * HOUR;
            ExecutionStatus status = ExecutionStatus.valueOf(String.valueOf(cells[2]).trim());
            if (!status.finished()) {
                open.add(hour);
            }
            byHour.get(hour).add(new StatusHour(workspaceId, (String) cells[1], hour, status,
                    ((Number) cells[3]).longValue()));
        }
        List<SettledHour> hours = new ArrayList<>();
        List<StatusHour> rows = new ArrayList<>();
        byHour.forEach((hour, counts) -> {
            if (!open.contains(hour)) {
                hours.add(new SettledHour(workspaceId, hour));
                rows.addAll(counts);
            }
        });
        if (hours.isEmpty()) {
            return;
        }
        try {
            writer.store(hours, rows);
        } catch (RuntimeException e) { // another request stored an hour of them first: those hours are counted live
            LOG.log(Level.FINE, "could not keep the counts of " + hours.size() + " hours", e);
        }
    }

    /**
     * Forgets the kept counts of the hours of these executions (before they are deleted, in the same transaction):
     * those hours are counted again when next needed.
     */
    static void forget(EntityManager em, Collection<String> executionIds) {
        if (executionIds.isEmpty()) {
            return;
        }
        Map<String, Set<Long>> hours = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT x.workspaceId, x.createdAt FROM Execution x WHERE x.id IN :ids",
                Object[].class).setParameter("ids", List.copyOf(executionIds)).getResultList()) {
            if (row[0] != null) {
                hours.computeIfAbsent((String) row[0], ws -> new HashSet<>())
                        .add(Math.floorDiv(((Number) row[1]).longValue(), HOUR) * HOUR);
            }
        }
        hours.forEach((ws, starts) -> {
            List<Long> list = List.copyOf(starts);
            em.createQuery("DELETE FROM SettledHour m WHERE m.workspaceId = :ws AND m.hourStart IN :h")
                    .setParameter("ws", ws).setParameter("h", list).executeUpdate();
            em.createQuery("DELETE FROM StatusHour x WHERE x.workspaceId = :ws AND x.hourStart IN :h")
                    .setParameter("ws", ws).setParameter("h", list).executeUpdate();
        });
    }
}
