package io.millrace.infrastructure.persistence;

import io.millrace.domain.execution.Execution;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Index;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What EclipseLink's {@code create-or-extend-tables} leaves undone on a database made by an older version: it adds
 * new columns but not the new indexes of existing tables, and it fills no new column. At start-up (outside any
 * transaction, after the tables exist) this creates every index an entity's {@code @Table} declares that the table
 * lacks (and drops the indexes it replaced, {@link #RETIRED}), and gives executions from before {@code MR_EXECUTION.workspaceId} their workflow's workspace. Both steps
 * are idempotent: an up-to-date database costs one metadata read per table and one index lookup.
 */
@ApplicationScoped
public class SchemaUpgrade {
    private static final Logger LOG = Logger.getLogger(SchemaUpgrade.class.getName());
    /** Indexes an older version created that a newer one replaced, per table: dropped when found. */
    private static final Map<String, List<String>> RETIRED =
            Map.of("MR_EXECUTION", List.of("MR_EXECUTION_WS_NEWEST"));

    @PersistenceContext(unitName = "millrace")
    EntityManager em;
    @Resource(lookup = "jdbc/millrace")
    DataSource dataSource;

    /** Runs both steps; a failure is logged (the server still starts, with slower history lists). */
    public void run() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                Table table = entity.getJavaType().getAnnotation(Table.class);
                if (table != null && table.indexes().length > 0) {
                    addMissingIndexes(c, table);
                }
            }
            fillExecutionWorkspaces(c);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not bring the database's indexes up to date", e);
        }
    }

    private static void addMissingIndexes(Connection c, Table table) throws SQLException {
        Set<String> existing = indexNames(c.getMetaData(), table.name());
        for (String retired : RETIRED.getOrDefault(table.name(), List.of())) {
            if (existing.contains(retired)) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX " + retired);
                    LOG.info(() -> "dropped the replaced index " + retired);
                } catch (SQLException e) {
                    LOG.log(Level.WARNING, "could not drop the replaced index " + retired, e);
                }
            }
        }
        for (Index index : table.indexes()) {
            if (index.name().isEmpty() || existing.contains(index.name().toUpperCase(Locale.ROOT))) {
                continue;
            }
            String ddl = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " ON "
                    + table.name() + " (" + index.columnList() + ")";
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute(ddl);
                LOG.info(() -> "created the missing index " + index.name() + " in "
                        + (System.nanoTime() - t0) / 1_000_000 + " ms");
            } catch (SQLException e) { // e.g. another node created it at the same time
                LOG.log(Level.WARNING, "could not create the index " + index.name(), e);
            }
        }
    }

    private static Set<String> indexNames(DatabaseMetaData meta, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getIndexInfo(null, null, name, false, true)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index != null) {
                        names.add(index.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    /** Executions without a workspace get their workflow's, one workflow at a time. */
    private static void fillExecutionWorkspaces(Connection c) throws SQLException {
        String table = Execution.class.getAnnotation(Table.class).name();
        try (Statement s = c.createStatement();
             ResultSet any = s.executeQuery("SELECT id FROM " + table + " WHERE workspaceId IS NULL"
                     + " FETCH FIRST 1 ROWS ONLY")) {
            if (!any.next()) {
                return;
            }
        }
        List<String[]> workflows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, workspaceId FROM MR_WORKFLOW")) {
            while (rs.next()) {
                workflows.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        long filled = 0;
        try (PreparedStatement update = c.prepareStatement("UPDATE " + table
                + " SET workspaceId = ? WHERE workflowId = ? AND workspaceId IS NULL")) {
            for (String[] wf : workflows) {
                update.setString(1, wf[1]);
                update.setString(2, wf[0]);
                filled += update.executeUpdate();
            }
        }
        long total = filled;
        LOG.info(() -> "gave " + total + " executions from before MR_EXECUTION.workspaceId their workspace");
    }
}
