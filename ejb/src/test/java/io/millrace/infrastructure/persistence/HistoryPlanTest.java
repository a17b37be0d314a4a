package io.millrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plans Derby chooses for the history's pages (issue 12's benchmark), read from Derby's runtime statistics on
 * an in-memory database of 150,000 executions with fresh index statistics (at 40,000 Derby still chose well): a
 * page of one workflow's successes in a time range, and of the workspace's errors in it, first and deep, are read
 * newest first from an index of the workflow (or workspace) and {@code createdAt}, visiting about the page's rows:
 * no sort of every match; and the matches of the workspace's status and range are counted from an index alone.
 */
class HistoryPlanTest {
    static final int ROWS = Integer.getInteger("plan.rows", 150_000);
    private static final long HOUR = 3_600_000L;
    private static final long END = 1_800_000_000_000L;
    private static final AtomicInteger PLANS = new AtomicInteger();
    private static EntityManagerFactory emf;

    @BeforeAll
    static void open() throws SQLException {
        emf = Persistence.createEntityManagerFactory("history-plans",
                Map.of("eclipselink.persistencexml", "META-INF/history-plans.xml"));
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            HistoryRows.seed(em.unwrap(Connection.class), ROWS, END, 30 * 24 * HOUR);
            em.getTransaction().commit();
            em.getTransaction().begin();
            try (Statement s = em.unwrap(Connection.class).createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'MR_EXECUTION', NULL)");
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void oneWorkflowsSuccessesInARangeAreReadFromItsStatusIndexWithoutASort() throws SQLException {
        HistoryFilter filter = new HistoryFilter(Set.of(ExecutionStatus.SUCCESS), "wf3", END - 7 * 24 * HOUR, END,
                Set.of());
        assertReadsNewestFirst(filter, "MR_EXECUTION_WF_STATUS");
    }

    @Test
    void theWorkspacesErrorsInARangeAreReadFromItsStatusIndexWithoutASort() throws SQLException {
        HistoryFilter filter = new HistoryFilter(Set.of(ExecutionStatus.ERROR), null, END - 7 * 24 * HOUR, END,
                Set.of());
        assertReadsNewestFirst(filter, "MR_EXECUTION_WS_");
    }

    @Test
    void theWorkspacesMatchesOfAStatusAndRangeAreCountedFromAnIndexAlone() throws SQLException {
        // a page's total_count (up to 1,001 ids) and the counts per status: Derby reads them from the workspace's
        // (workspaceId, createdAt, id, status) index (or its status index), both holding the status, so no
        // execution row is read for them (with the status only in the row it read 8 rows per error)
        HistoryFilter errors = new HistoryFilter(Set.of(ExecutionStatus.ERROR), null, END - 7 * 24 * HOUR, END,
                Set.of());
        HistoryFilter all = new HistoryFilter(Set.of(), (String) null, END - 7 * 24 * HOUR, END, Set.of());
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            JpaExecutionRepository repo = new JpaExecutionRepository();
            repo.em = em;
            repo.rollups = new StatusRollups();
            repo.rollups.em = em;
            repo.rollups.writer = new RollupWriter();
            repo.rollups.writer.em = em;
            Connection c = em.unwrap(Connection.class);
            List<String[]> scans = new ArrayList<>();
            scans.addAll(scansOf(c, () -> repo.history(HistoryRows.WORKSPACE, errors, new PageRequest(20, null, null)),
                    "FROM MR_EXECUTION"));
            scans.addAll(scansOf(c, () -> repo.historyCounts(HistoryRows.WORKSPACE, all), "FROM MR_EXECUTION"));
            String plan = scans.stream().map(Arrays::toString).collect(Collectors.joining("\n"));
            int counted = 0;
            for (String[] scan : scans) {
                if (scan[0].startsWith("SELECT ID AS") || scan[0].startsWith("SELECT COUNT")) {
                    assertFalse(scan[1].equals("ROWIDSCAN") || scan[1].equals("TABLESCAN"), plan);
                    counted++;
                }
            }
            assertTrue(counted >= 8, plan);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static void assertReadsNewestFirst(HistoryFilter filter, String index) throws SQLException {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            JpaExecutionRepository repo = new JpaExecutionRepository();
            repo.em = em;
            Connection c = em.unwrap(Connection.class);
            Page<Execution> page = repo.history(HistoryRows.WORKSPACE, filter, new PageRequest(20, null, null));
            assertEquals(20, page.items().size());
            Execution last = page.items().get(19);
            String cursor = new Cursor(last.createdAt() - 3 * 24 * HOUR, "zzzz").encode();
            Page<Execution> deep = repo.history(HistoryRows.WORKSPACE, filter, new PageRequest(20, cursor, null));
            assertEquals(20, deep.items().size());
            assertTrue(deep.items().get(0).createdAt() < last.createdAt() - 3 * 24 * HOUR + 1);
            for (String after : new String[] {null, cursor}) {
                List<String[]> scans = scansOf(c, () -> repo.history(HistoryRows.WORKSPACE, filter,
                        new PageRequest(20, after, null)), "ORDER BY");
                String plan = scans.stream().map(Arrays::toString).collect(Collectors.joining("\n"));
                assertFalse(scans.isEmpty(), plan);
                for (String[] scan : scans) {
                    assertFalse(scan[1].equals("SORT"), plan);
                    if (scan[2] != null) {
                        assertTrue(scan[2].startsWith(index), plan);
                        // about the page's matches (20 successes, or 20 errors among some 160 entries, read ahead in
                        // bulk from an index holding the status: 252 seen), not every match of the range
                        assertTrue(Long.parseLong(scan[3]) <= 400, plan);
                    }
                }
            }
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * What Derby did for the statements {@code run} executes on {@code c} whose text contains {@code marker}, one
     * line per result set: statement, operation, scanned index or table (or null), rows visited (recorded by Derby's
     * XPLAIN tables).
     */
    static List<String[]> scansOf(Connection c, Runnable run, String marker) throws SQLException {
        String schema = "PLANS" + PLANS.incrementAndGet();
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('" + schema + "')");
        }
        run.run();
        List<String[]> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('')");
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            try (ResultSet rs = s.executeQuery("SELECT t.STMT_TEXT, r.OP_IDENTIFIER, p.SCAN_OBJECT_NAME,"
                    + " p.NO_VISITED_ROWS FROM " + schema + ".SYSXPLAIN_STATEMENTS t JOIN " + schema
                    + ".SYSXPLAIN_RESULTSETS r ON r.STMT_ID = t.STMT_ID LEFT JOIN " + schema
                    + ".SYSXPLAIN_SCAN_PROPS p ON p.SCAN_RS_ID = r.SCAN_RS_ID")) {
                while (rs.next()) {
                    if (rs.getString(1).contains(marker)) {
                        out.add(new String[] {rs.getString(1), rs.getString(2).trim(), rs.getString(3),
                                String.valueOf(rs.getLong(4))});
                    }
                }
            }
        }
        return out;
    }
}
