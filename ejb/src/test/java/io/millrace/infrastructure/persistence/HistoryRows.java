package io.millrace.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Finished executions written straight into {@code MR_EXECUTION} for tests on a real database: ten workflows
 * ({@code wf0}…{@code wf9}) of one workspace in turn, one in eight an error, spread evenly over {@code span} ms
 * ending at {@code end}; the id follows from the row number.
 */
final class HistoryRows {
    static final String WORKSPACE = "ws1";

    private HistoryRows() {
    }

    static void seed(Connection c, int rows, long end, long span) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO MR_EXECUTION (ID, WORKFLOWID, WORKSPACEID,"
                + " DEPLOYMENTID, STATUS, GATEKEY, DISPATCHED, RUNTOKEN, ATTEMPTS, CREATEDAT, STARTEDAT, FINISHEDAT)"
                + " VALUES (?, ?, ?, 'd1', ?, '', 1, 0, 0, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                long at = end - 1 - span * i / rows;
                insert.setString(1, id(i));
                insert.setString(2, "wf" + i % 10);
                insert.setString(3, WORKSPACE);
                insert.setString(4, i % 8 == 3 ? "ERROR" : "SUCCESS");
                insert.setLong(5, at);
                insert.setLong(6, at);
                insert.setLong(7, at + 5);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    static String id(int row) {
        return String.format("ex%010d", row);
    }
}
