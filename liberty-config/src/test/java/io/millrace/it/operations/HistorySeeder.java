package io.millrace.it.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a stopped server's database with executions for the history benchmark: copies of real
 * executions (one finished with success and one with an error per workflow, made through the API
 * before), written with JDBC in batches. Execution {@code i} of {@code count} began at
 * {@code start + i * spacing} ms, belongs to workflow {@code i % workflows} and failed when
 * {@code i % 100 < ERROR_PERCENT}; its id is a function of {@code i}, so a benchmark can name the
 * cursor of any execution without reading the database.
 */
final class HistorySeeder {
    static final int ERROR_PERCENT = 12;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int BATCH = 2_000;

    private final List<String> workflows;
    private final long start;
    private final long spacing;

    HistorySeeder(List<String> workflows, long start, long spacing) {
        this.workflows = workflows;
        this.start = start;
        this.spacing = spacing;
    }

    long createdAt(long i) {
        return start + i * spacing;
    }

    String workflowOf(long i) {
        return workflows.get((int) (i % workflows.size()));
    }

    static boolean failed(long i) {
        return i % 100 < ERROR_PERCENT;
    }

    /** Execution {@code i}'s id: 27 characters like the server's own, ordered by time. */
    String id(long i) {
        StringBuilder sb = new StringBuilder(27);
        fixed(sb, createdAt(i), 8);
        fixed(sb, i, 4);
        fixed(sb, (i * 0x9E3779B97F4A7C15L) >>> 2, 11);
        sb.append("bnch");
        return sb.toString();
    }

    /** Writes executions {@code 0 … count-1}; prints progress every 100,000. */
    void seed(Connection c, long count) throws SQLException {
        Map<String, Map<String, Object>> success = new HashMap<>();
        Map<String, Map<String, Object>> error = new HashMap<>();
        List<String> columns = new ArrayList<>();
        Map<String, Integer> types = new LinkedHashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM mr_execution")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int k = 1; k <= md.getColumnCount(); k++) {
                columns.add(md.getColumnName(k));
                types.put(md.getColumnName(k), md.getColumnType(k));
            }
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (String col : columns) {
                    row.put(col, isText(types.get(col)) ? rs.getString(col) : rs.getObject(col));
                }
                String workflow = (String) value(row, "workflowid");
                String status = (String) value(row, "status");
                ("ERROR".equals(status) ? error : success).putIfAbsent(workflow, row);
            }
        }
        for (String wf : workflows) {
            if (!success.containsKey(wf) || !error.containsKey(wf)) {
                throw new IllegalStateException("no success and error execution of " + wf + " to copy");
            }
        }
        String sql = "INSERT INTO mr_execution (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (long i = 0; i < count; i++) {
                Map<String, Object> template = (failed(i) ? error : success).get(workflowOf(i));
                long began = createdAt(i);
                for (int k = 0; k < columns.size(); k++) {
                    String col = columns.get(k);
                    Object v = switch (col.toLowerCase()) {
                        case "id" -> id(i);
                        case "createdat" -> began;
                        case "startedat" -> began + 3;
                        case "finishedat" -> began + 40 + (i % 17);
                        case "dispatchedat" -> began + 2;
                        case "errortext" -> template.get(col) == null ? null : template.get(col) + " #" + (i % 50);
                        default -> template.get(col);
                    };
                    set(insert, k + 1, v, types.get(col));
                }
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("seeded %,d executions%n", i + 1);
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static Object value(Map<String, Object> row, String lowerName) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(lowerName)).findFirst()
                .map(Map.Entry::getValue).orElse(null);
    }

    private static boolean isText(int type) {
        return type == Types.CLOB || type == Types.LONGVARCHAR || type == Types.VARCHAR || type == Types.CHAR
                || type == Types.NCLOB || type == Types.LONGNVARCHAR;
    }

    private static void set(PreparedStatement insert, int index, Object v, int type) throws SQLException {
        if (v == null) {
            insert.setNull(index, type);
        } else if (v instanceof String text) {
            insert.setString(index, text);
        } else {
            insert.setObject(index, v, type);
        }
    }

    private static void fixed(StringBuilder sb, long value, int width) {
        char[] out = new char[width];
        long v = value;
        for (int k = width - 1; k >= 0; k--) {
            out[k] = BASE62.charAt((int) Long.remainderUnsigned(v, 62));
            v = Long.divideUnsigned(v, 62);
        }
        sb.append(out);
    }
}
