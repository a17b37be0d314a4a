package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.ProfileServer;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The retention purge benchmark of docs/PERFORMANCE.md, run on demand (not by {@code mvn verify}):
 * {@code mvn -B verify -pl liberty-config -Dit.test=PurgeBenchmark -Dbench.executions=500000}.
 *
 * <p>A server of the PostgreSQL profile (PostgreSQL at 127.0.0.1:5432, a new database per run, dropped at the end)
 * gets {@code bench.executions} finished executions of 40 days ago, each with one step result, written straight
 * into its tables (an HTTP event per execution would take hours). Their workflow's setting {@code retention_days:
 * 30} lets them all go. Intake latency (the HTTP trigger's answer: the event stored and queued) of another workflow
 * is measured with an open-loop client at {@code bench.rate} requests/s, first for {@code bench.seconds} without a
 * purge, then while the purge job runs, then again for {@code bench.seconds} without it (the server warm); the
 * job's duration is from its start to COMPLETED.
 */
class PurgeBenchmark {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final int EXECUTIONS = Integer.getInteger("bench.executions", 500_000);
    private static final int RATE = Integer.getInteger("bench.rate", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void purge() throws Exception {
        String database = "millrace_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + database);
        }
        ProfileServer server = new ProfileServer("millrace-purge-bench", List.of(
                "MILLRACE_DB=postgresql", "MILLRACE_DB_NAME=" + database, "MILLRACE_DB_USER=postgres"));
        try {
            server.start();
            run(server.api(), database);
        } finally {
            server.remove();
            try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "")) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private void run(Api api, String database) throws Exception {
        String trivial = "export default defineComponent({ async run({ steps }) { return 1 } })";
        JsonObject old = api.createHttpWorkflow("bench-old", steps(step("s", trivial)), "{\"retention_days\":30}");
        JsonObject intake = api.createHttpWorkflow("bench-intake", steps(step("s", trivial)));
        api.runOnce(old);
        long seeded;
        try (Connection db = DriverManager.getConnection(PG + database, "postgres", "")) {
            long t0 = System.nanoTime();
            seed(db, old);
            seeded = count(db, old.getString("id"));
            System.out.printf("seeded %,d executions in %.1f s%n", seeded, (System.nanoTime() - t0) / 1e9);
        }
        URI endpoint = URI.create(Api.endpoint(intake));
        openLoop(endpoint, RATE, () -> true, 5); // warm-up
        List<Double> without = openLoop(endpoint, RATE, deadline(SECONDS), SECONDS);

        Api.Reply started = api.post("/v1/admin/retention/purge", "");
        assertEquals(202, started.status(), started.body());
        long t0 = System.nanoTime();
        long job = started.json().getJsonObject("data").getJsonNumber("id").longValue();
        boolean[] done = {false};
        CompletableFuture<Double> duration = CompletableFuture.supplyAsync(() -> {
            Wait.until("purge job " + job, 3600, () -> api.get("/v1/admin/jobs/" + job).json()
                    .getJsonObject("data").getString("status"), s -> !s.equals("STARTING") && !s.equals("STARTED"));
            done[0] = true;
            return (System.nanoTime() - t0) / 1e9;
        });
        List<Double> during = openLoop(endpoint, RATE, () -> !done[0], 3600);
        double seconds = duration.get();
        long left;
        try (Connection db = DriverManager.getConnection(PG + database, "postgres", "")) {
            left = count(db, old.getString("id"));
        }
        List<Double> after = openLoop(endpoint, RATE, deadline(SECONDS), SECONDS);
        assertEquals("COMPLETED", api.get("/v1/admin/jobs/" + job).json().getJsonObject("data").getString("status"));
        assertEquals(0, left, "seeded executions left after the purge");
        assertEquals(1, api.get("/v1/workflows/" + old.getString("id") + "/executions").json()
                .getJsonObject("page_info").getInt("total_count"), "today's execution is kept");
        System.out.printf("PURGE: %,d executions in %.1f s (%,.0f/s) | intake without purge: %d requests, p50 %.1f ms,"
                        + " p99 %.1f ms | during purge: %d requests, p50 %.1f ms, p99 %.1f ms%n", seeded, seconds,
                seeded / seconds, without.size(), percentile(without, 50), percentile(without, 99), during.size(),
                percentile(during, 50), percentile(during, 99));
        System.out.printf("intake after the purge (warm, no purge): %d requests, p50 %.1f ms, p99 %.1f ms%n",
                after.size(), percentile(after, 50), percentile(after, 99));
    }

    /** Finished executions of 40 days ago, one step result each, in one statement per table. */
    private static void seed(Connection db, JsonObject wf) throws SQLException {
        String workflowId = wf.getString("id");
        String deploymentId = wf.getString("deployment_id");
        String triggerId = wf.getJsonArray("triggers").getJsonObject(0).getString("id");
        long at = System.currentTimeMillis() - Duration.ofDays(40).toMillis();
        try (PreparedStatement s = db.prepareStatement("INSERT INTO mr_execution (id, workflowid, deploymentid,"
                + " triggerid, status, gatekey, dispatched, dispatchedat, eventjson, contextjson, runtoken, attempts,"
                + " createdat, startedat, finishedat) SELECT 'bench' || lpad(g::text, 27, '0'), ?, ?, ?, 'SUCCESS', '',"
                + " true, ? + g, '{\"method\":\"GET\",\"query\":{}}', '{}', 0, 0, ? + g, ? + g, ? + g + 5"
                + " FROM generate_series(1, ?) g")) {
            s.setString(1, workflowId);
            s.setString(2, deploymentId);
            s.setString(3, triggerId);
            s.setLong(4, at);
            s.setLong(5, at);
            s.setLong(6, at);
            s.setLong(7, at);
            s.setInt(8, EXECUTIONS);
            s.executeUpdate();
        }
        try (PreparedStatement s = db.prepareStatement("INSERT INTO mr_step_run (id, executionid, position, stepname,"
                + " status, returnvaluejson, exportsjson, logsjson, startedat, finishedat) SELECT 'bench' ||"
                + " lpad(g::text, 27, '0') || ':0', 'bench' || lpad(g::text, 27, '0'), 0, 's', 'SUCCESS', '1', '{}',"
                + " '[]', ? + g, ? + g + 5 FROM generate_series(1, ?) g")) {
            s.setLong(1, at);
            s.setLong(2, at);
            s.setInt(3, EXECUTIONS);
            s.executeUpdate();
        }
        db.createStatement().execute("ANALYZE");
    }

    /** The seeded executions of the workflow (its execution of today, which its settings keep, left out). */
    private static long count(Connection db, String workflowId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM mr_execution WHERE workflowid = ? AND id LIKE 'bench%'")) {
            s.setString(1, workflowId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static BooleanSupplier deadline(int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        return () -> System.nanoTime() < end;
    }

    /**
     * POSTs to the endpoint at {@code rate} per second (open loop: a slow answer does not delay the next request)
     * while {@code go} holds, at most {@code maxSeconds}; returns each answer's latency in ms.
     */
    private List<Double> openLoop(URI endpoint, int rate, BooleanSupplier go, int maxSeconds) throws Exception {
        List<CompletableFuture<Double>> sent = new ArrayList<>();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (long i = 0; go.getAsBoolean() && System.nanoTime() - start < maxSeconds * 1_000_000_000L; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long t = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"n\":" + i + "}"))
                    .build();
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(r -> {
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("intake answered " + r.statusCode());
                }
                return (System.nanoTime() - t) / 1e6;
            }));
        }
        List<Double> latencies = new ArrayList<>();
        for (CompletableFuture<Double> f : sent) {
            latencies.add(f.get());
        }
        return latencies;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
