package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;

import io.millrace.it.support.Api;
import io.millrace.it.support.PostgresDatabase;
import io.millrace.it.support.ProfileServer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The history benchmark of docs/PERFORMANCE.md (issue 12), run on demand, not by {@code mvn verify}:
 * {@code mvn -B verify -pl liberty-config -Dit.test=HistoryBenchmark -Dbench.executions=1000000}
 * ({@code #derby} or {@code #postgresql} for one database). A server of this build is started on a new
 * database, ten workflows each run once with success and once with an error, the server is stopped, the
 * database is filled with {@code bench.executions} copies of those executions spread over 30 days
 * ({@link HistorySeeder}), and the server is started again. Then each history request below is sent
 * {@code bench.requests} times after a warm-up, one at a time, and its median and 95th percentile are
 * printed: the first page and a deep page (a cursor half-way through the matching executions) for a
 * status and a 7-day range, across the workspace and for one workflow, and the counts per status.
 */
class HistoryBenchmark {
    private static final long COUNT = Long.getLong("bench.executions", 1_000_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 100);
    private static final int WORKFLOWS = 10;
    /** {@code -Dbench.keep=true} keeps the PostgreSQL database (to read its plans); drop it by hand after. */
    private static final boolean KEEP = Boolean.getBoolean("bench.keep");
    private static final Duration SPAN = Duration.ofDays(30);

    @Test
    void derby() throws Exception {
        ProfileServer server = new ProfileServer("millrace-history-bench", List.of());
        try {
            run("Derby", server, () -> DriverManager.getConnection(
                    "jdbc:derby:" + server.dataDirectory().resolve("derby/millrace") + ";create=false"));
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby answers a shutdown with an exception
            }
            server.remove();
        }
    }

    @Test
    void postgresql() throws Exception {
        Assumptions.assumeTrue(PostgresDatabase.reachable(), "PostgreSQL is not reachable at 127.0.0.1:5432");
        PostgresDatabase database = PostgresDatabase.create("millrace_bench_");
        try {
            ProfileServer server = new ProfileServer("millrace-history-bench-pg", database.serverEnvironment());
            try {
                run("PostgreSQL", server, database::connect);
            } finally {
                server.remove();
            }
        } finally {
            if (KEEP) { // to read the plans: psql -h 127.0.0.1 -U postgres <name>
                System.out.println("kept the database " + database.name());
            } else {
                database.close();
            }
        }
    }

    interface Database {
        Connection open() throws SQLException;
    }

    private void run(String name, ProfileServer server, Database database) throws Exception {
        server.start(java.time.Duration.ofMinutes(15)); // a shared, busy machine starts a server slowly
        Api api = server.api();
        List<String> workflows = new ArrayList<>();
        for (int w = 0; w < WORKFLOWS; w++) {
            JsonObject wf = api.createHttpWorkflow("bench-history-" + w, steps(step("s",
                    "export default defineComponent({ async run({ steps }) { if (steps.trigger.event.body.fail)"
                            + " throw new Error('payment declined'); return 1 } })")));
            api.trigger(wf, "{\"fail\":false}");
            api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("success"));
            api.trigger(wf, "{\"fail\":true}");
            api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("error"));
            workflows.add(wf.getString("id"));
        }
        server.stop();
        long end = Instant.now().minus(Duration.ofDays(1)).toEpochMilli();
        long spacing = Math.max(1, SPAN.toMillis() / COUNT);
        HistorySeeder seeder = new HistorySeeder(workflows, end - spacing * COUNT, spacing);
        long seedStart = System.nanoTime();
        try (Connection c = database.open()) {
            seeder.seed(c, COUNT);
            // what the database does on its own soon after a bulk load (PostgreSQL's autovacuum, Derby's index
            // statistics daemon), done now so that the measurement does not depend on when that happens
            c.setAutoCommit(true);
            c.createStatement().execute(name.equals("Derby")
                    ? "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'MR_EXECUTION', NULL)"
                    : "VACUUM ANALYZE mr_execution");
        }
        if (name.equals("Derby")) {
            try {
                DriverManager.getConnection("jdbc:derby:" + server.dataDirectory().resolve("derby/millrace")
                        + ";shutdown=true");
            } catch (SQLException expected) {
                // a database shut down answers with an exception
            }
        }
        System.out.printf("%s: seeded %,d executions in %.0f s%n", name, COUNT, (System.nanoTime() - seedStart) / 1e9);
        server.start(java.time.Duration.ofMinutes(15)); // a shared, busy machine starts a server slowly
        measure(name, api, seeder, workflows.get(3));
    }

    private void measure(String name, Api api, HistorySeeder seeder, String workflow) {
        // a 7-day range in the middle of the 30 days
        long from = COUNT * 10 / 30;
        long to = COUNT * 17 / 30;
        String range = "&since=" + Instant.ofEpochMilli(seeder.createdAt(from)) + "&until="
                + Instant.ofEpochMilli(seeder.createdAt(to));
        long middleError = firstMatching((from + to) / 2, i -> HistorySeeder.failed(i));
        long middleOfWorkflow = firstMatching((from + to) / 2,
                i -> seeder.workflowOf(i).equals(workflow) && !HistorySeeder.failed(i));
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("workspace, status=error, 7 days: first page",
                "/v1/executions?limit=20&status=error" + range);
        requests.put("workspace, status=error, 7 days: deep page",
                "/v1/executions?limit=20&status=error" + range + "&after=" + cursor(seeder, middleError));
        requests.put("one workflow, status=success, 7 days: first page",
                "/v1/executions?limit=20&status=success&workflow_id=" + workflow + range);
        requests.put("one workflow, status=success, 7 days: deep page",
                "/v1/executions?limit=20&status=success&workflow_id=" + workflow + range + "&after="
                        + cursor(seeder, middleOfWorkflow));
        requests.put("a workflow's executions (its own list), first page",
                "/v1/workflows/" + workflow + "/executions?limit=20&status=success");
        requests.put("counts per status, workspace, 7 days", "/v1/executions/counts?" + range.substring(1));
        requests.put("counts per status, one workflow, 7 days",
                "/v1/executions/counts?workflow_id=" + workflow + range);
        requests.put("counts per status, workspace, all time", "/v1/executions/counts");
        System.out.printf("%n%s, %,d executions, %d requests each (median / p95, ms):%n", name, COUNT, REQUESTS);
        for (Map.Entry<String, String> r : requests.entrySet()) {
            for (int k = 0; k < Math.max(5, REQUESTS / 10); k++) {
                send(api, r.getValue());
            }
            List<Double> times = new ArrayList<>();
            for (int k = 0; k < REQUESTS; k++) {
                long t0 = System.nanoTime();
                send(api, r.getValue());
                times.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(times);
            System.out.printf("| %s | %s | %.1f | %.1f |%n", name, r.getKey(), times.get(times.size() / 2),
                    times.get((int) Math.ceil(times.size() * 0.95) - 1));
        }
    }

    private static void send(Api api, String path) {
        Api.Reply reply = api.get(path);
        if (reply.status() != 200) {
            throw new AssertionError(path + ": " + reply.status() + " " + reply.body());
        }
    }

    interface Match {
        boolean test(long i);
    }

    private static long firstMatching(long from, Match match) {
        long i = from;
        while (!match.test(i)) {
            i++;
        }
        return i;
    }

    private static String cursor(HistorySeeder seeder, long i) {
        String raw = seeder.createdAt(i) + ":" + seeder.id(i);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
