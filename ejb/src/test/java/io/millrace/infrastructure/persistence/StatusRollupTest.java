package io.millrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.workflow.Workflow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The history's counts per status from kept hourly counts ({@link StatusRollups}) on a real database (embedded
 * Derby through EclipseLink), compared after every change with a plain {@code GROUP BY} of the executions: ten days
 * of executions, ranges with uneven ends, one workflow or the workspace, after single and bulk deletes (the retention
 * purge deletes through the same {@code deleteFinished}), an open execution in a past hour finishing, and a deleted
 * workflow; and the same for all time (no {@code since}: from the workspace's oldest execution).
 */
class StatusRollupTest {
    private static final long HOUR = StatusRollups.HOUR;
    private static final long DAY = 24 * HOUR;
    private static final int ROWS = 12_000;
    private static final long NOW = System.currentTimeMillis();
    private static EntityManagerFactory emf;

    @BeforeAll
    static void open() {
        emf = Persistence.createEntityManagerFactory("history-plans",
                Map.of("eclipselink.persistencexml", "META-INF/history-plans.xml",
                        "jakarta.persistence.jdbc.url", "jdbc:derby:memory:status-rollups;create=true"));
        inTransaction(em -> {
            try {
                HistoryRows.seed(em.unwrap(Connection.class), ROWS, NOW - HOUR, 10 * DAY);
                for (int w = 0; w < 10; w++) {
                    em.persist(new Workflow("wf" + w, HistoryRows.WORKSPACE, "p1", "w" + w, true, NOW));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void keptCountsEqualPlainCountsThroughDeletesLateFinishesAndDeletedWorkflows() {
        long since = NOW - 7 * DAY - 17 * 60_000L;
        long until = NOW - 2 * HOUR + 123_456L;
        HistoryFilter workspace = new HistoryFilter(Set.of(), (String) null, since, until, Set.of());
        HistoryFilter workflow = new HistoryFilter(Set.of(ExecutionStatus.SUCCESS, ExecutionStatus.ERROR), "wf3",
                since, null, Set.of());
        HistoryFilter allTime = new HistoryFilter(Set.of(), (String) null, null, null, Set.of());
        HistoryFilter allTimeWorkflow = new HistoryFilter(Set.of(ExecutionStatus.ERROR), "wf3", null, null, Set.of());
        assertSame(workspace);
        assertTrue(settledHours() >= 160, "hours settled: " + settledHours());
        assertSame(workflow);
        assertSame(workspace);
        assertSame(allTime);
        assertSame(allTimeWorkflow);
        assertTrue(settledHours() >= 230, "all time settles the hours from the oldest execution: " + settledHours());

        // one execution deleted, then a bulk delete of 300 (as the purge job and the delete by filter do)
        inTransaction(em -> repo(em).delete(HistoryRows.id(ROWS / 2)));
        assertSame(workspace);
        List<String> bulk = new ArrayList<>();
        for (int i = ROWS / 3; i < ROWS / 3 + 300; i++) {
            bulk.add(HistoryRows.id(i));
        }
        inTransaction(em -> assertEquals(300, repo(em).deleteFinished(bulk)));
        assertSame(workspace);
        assertSame(workflow);

        // an execution still queued in an hour three days ago: that hour is counted live until it finishes
        long threeDaysAgo = Math.floorDiv(NOW - 3 * DAY, HOUR) * HOUR + 60_000L;
        inTransaction(em -> {
            Execution late = new Execution("exlate", "wf3", "d1", null, null, null, threeDaysAgo);
            late.inWorkspace(HistoryRows.WORKSPACE);
            em.persist(late);
        });
        inTransaction(em -> em.createQuery("DELETE FROM SettledHour m").executeUpdate());
        inTransaction(em -> em.createQuery("DELETE FROM StatusHour x").executeUpdate());
        assertSame(workspace);
        int withOpen = settledHours();
        inTransaction(em -> {
            Execution late = em.find(Execution.class, "exlate");
            late.start(threeDaysAgo + 1);
            late.finish(ExecutionStatus.ERROR, null, threeDaysAgo + 2);
        });
        assertSame(workspace);
        assertEquals(withOpen + 1, settledHours(), "the hour settles once its execution finished");
        assertSame(workflow);
        assertSame(allTime);

        // a deleted workflow's executions leave the counts
        inTransaction(em -> em.find(Workflow.class, "wf5").delete(NOW));
        Map<ExecutionStatus, Long> without = counts(workspace);
        Map<ExecutionStatus, Long> all = plain(workspace, null);
        Map<ExecutionStatus, Long> ofDeleted = plain(workspace, "wf5");
        ofDeleted.forEach((s, n) -> all.merge(s, -n, Long::sum));
        all.values().removeIf(n -> n == 0);
        assertEquals(all, without);
        Map<ExecutionStatus, Long> allTimeWithout = plain(allTime, null);
        plain(allTime, "wf5").forEach((s, n) -> allTimeWithout.merge(s, -n, Long::sum));
        allTimeWithout.values().removeIf(n -> n == 0);
        assertEquals(allTimeWithout, counts(allTime));
    }

    private static void assertSame(HistoryFilter filter) {
        String workflow = filter.workflowIds().isEmpty() ? null : filter.workflowIds().iterator().next();
        Map<ExecutionStatus, Long> expected = plain(filter, workflow);
        if (!filter.statuses().isEmpty()) {
            expected.keySet().retainAll(filter.statuses());
        }
        assertEquals(expected, counts(filter));
    }

    private static Map<ExecutionStatus, Long> counts(HistoryFilter filter) {
        Map<ExecutionStatus, Long> out = new EnumMap<>(ExecutionStatus.class);
        inTransaction(em -> out.putAll(repo(em).historyCounts(HistoryRows.WORKSPACE, filter)));
        return out;
    }

    /** The counts per status by a plain GROUP BY over the executions. */
    private static Map<ExecutionStatus, Long> plain(HistoryFilter filter, String workflow) {
        Map<ExecutionStatus, Long> out = new EnumMap<>(ExecutionStatus.class);
        inTransaction(em -> {
            String sql = "SELECT STATUS, COUNT(*) FROM MR_EXECUTION WHERE WORKSPACEID = ? AND CREATEDAT >= ?"
                    + " AND CREATEDAT < ?" + (workflow == null ? "" : " AND WORKFLOWID = ?") + " GROUP BY STATUS";
            try (PreparedStatement s = em.unwrap(Connection.class).prepareStatement(sql)) {
                s.setString(1, HistoryRows.WORKSPACE);
                s.setLong(2, filter.since() == null ? Long.MIN_VALUE : filter.since());
                s.setLong(3, filter.until() == null ? Long.MAX_VALUE : filter.until());
                if (workflow != null) {
                    s.setString(4, workflow);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(ExecutionStatus.valueOf(rs.getString(1).trim()), rs.getLong(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return out;
    }

    private static int settledHours() {
        int[] n = new int[1];
        inTransaction(em -> n[0] = em.createQuery("SELECT COUNT(m) FROM SettledHour m", Long.class)
                .getSingleResult().intValue());
        return n[0];
    }

    private static JpaExecutionRepository repo(EntityManager em) {
        JpaExecutionRepository repo = new JpaExecutionRepository();
        repo.em = em;
        repo.rollups = new StatusRollups();
        repo.rollups.em = em;
        repo.rollups.writer = new RollupWriter();
        repo.rollups.writer.em = em;
        return repo;
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
