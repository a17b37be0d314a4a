package io.millrace.it;

import static io.millrace.it.JsCode.step;
import static io.millrace.it.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production database profile: a second server with MILLRACE_DB=postgresql against the real
 * PostgreSQL at 127.0.0.1:5432 (database per test run). Skipped, and says so, when none is reachable.
 */
class PostgresProfileIT {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private final String database = "millrace_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final int httpPort = LibertyServer.freePort();
    private final int brokerPort = LibertyServer.freePort();
    private LibertyServer server;

    @BeforeEach
    void createDatabaseAndServer() throws SQLException, IOException {
        Assumptions.assumeTrue(reachable(), () -> {
            System.out.println("PostgreSQL is not reachable at 127.0.0.1:5432: skipping the PostgreSQL profile test");
            return "PostgreSQL is not reachable at 127.0.0.1:5432";
        });
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + database);
        }
        LibertyServer it = LibertyServer.itServer();
        server = new LibertyServer("millrace-pg-it", httpPort);
        Path dir = server.directory();
        copy(it.directory(), dir, "server.xml", "jvm.options", "profiles", "lib", "apps");
        Files.writeString(dir.resolve("server.env"), String.join("\n",
                "DEFAULT_HTTP_PORT=" + httpPort,
                "MILLRACE_HTTP_HOST=127.0.0.1",
                "MILLRACE_ENDPOINT_BASE_URL=http://127.0.0.1:" + httpPort,
                "MILLRACE_BROKER_PORT=" + brokerPort,
                "MILLRACE_DB=postgresql",
                "MILLRACE_DB_NAME=" + database,
                "MILLRACE_DB_USER=postgres",
                "MILLRACE_ADMIN_API_KEY=pg-admin-key",
                ""));
        server.start();
    }

    @AfterEach
    void stopServerAndDropDatabase() throws SQLException, IOException {
        if (server == null) {
            return;
        }
        server.stop();
        keepLogs(server.directory().resolve("logs"));
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        try (Stream<Path> files = Files.walk(server.directory())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void workflowsAndExecutionsAreStoredInPostgres() throws SQLException {
        Api api = new Api("http://127.0.0.1:" + httpPort, "pg-admin-key");
        JsonObject wf = api.createHttpWorkflow("on-postgres", steps(step("s",
                "export default defineComponent({ async run({ steps, $ }) { $.export('db', 'pg'); return steps.trigger.event.body } })")));
        api.raw(api.request(Api.endpoint(wf)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"ok\":true}")));
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("success", ex.getString("status"));
        assertTrue(ex.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value").getBoolean("ok"));

        try (Connection c = DriverManager.getConnection(PG + database, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT status FROM mr_execution WHERE id = '" + ex.getString("id") + "'")) {
            assertTrue(rs.next(), "the execution row is in PostgreSQL");
            assertEquals("SUCCESS", rs.getString(1));
        }
    }

    /** The server directory is removed; its logs stay in target/ for a look after a failure. */
    private static void keepLogs(Path logs) throws IOException {
        Path kept = Path.of("target", "postgres-profile-logs");
        if (Files.isDirectory(logs)) {
            copy(logs.getParent(), kept, "logs");
        }
    }

    private static boolean reachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void copy(Path from, Path to, String... names) throws IOException {
        for (String name : names) {
            Path source = from.resolve(name);
            try (Stream<Path> files = Files.walk(source)) {
                files.forEach(p -> {
                    Path target = to.resolve(from.relativize(p).toString());
                    try {
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(target);
                        } else {
                            Files.createDirectories(target.getParent());
                            Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
