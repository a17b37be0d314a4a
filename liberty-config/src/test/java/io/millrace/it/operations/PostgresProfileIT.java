package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.PostgresDatabase;
import io.millrace.it.support.ProfileServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.millrace.it.replay.CrashScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The production database profile: a second server with MILLRACE_DB=postgresql against the real
 * PostgreSQL at 127.0.0.1:5432 (a new database per run), the application's tables and the batch job
 * repository in it. One server for the class, its tests in order: the plain round trip first (it counts the
 * workspace's executions), then the bulk replay crash scenario ({@link CrashScenario}), which kills it.
 * Skipped, and says so, when no PostgreSQL is reachable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresProfileIT {
    private static PostgresDatabase database;
    private static ProfileServer server;

    @BeforeAll
    static void createDatabaseAndServer() throws SQLException, IOException {
        Assumptions.assumeTrue(PostgresDatabase.reachable(), () -> {
            System.out.println("PostgreSQL is not reachable at 127.0.0.1:5432: skipping the PostgreSQL profile tests");
            return "PostgreSQL is not reachable at 127.0.0.1:5432";
        });
        database = PostgresDatabase.create("millrace_it_");
        server = new ProfileServer("millrace-pg-it", database.serverEnvironment());
        server.start();
    }

    @AfterAll
    static void removeServerAndDatabase() throws SQLException, IOException {
        try {
            if (server != null) {
                server.remove();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    @Order(1)
    void workflowsAndExecutionsAreStoredInPostgres() throws SQLException {
        Api api = server.api();
        JsonObject wf = api.createHttpWorkflow("on-postgres", steps(step("s",
                "export default defineComponent({ async run({ steps, $ }) { $.export('db', 'pg'); return steps.trigger.event.body } })")));
        api.trigger(wf, "{\"ok\":true}");
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("success", ex.getString("status"));
        assertTrue(ex.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value").getBoolean("ok"));

        // the dashboard's aggregates (a native GROUP BY of the hour, JPQL GROUP BY of the workflow) on PostgreSQL
        String org = api.get("/v1/users/me").json().getJsonObject("data").getJsonArray("orgs").getJsonObject(0).getString("id");
        Api.Reply stats = api.get("/v1/workspaces/" + org + "/stats?range=7d");
        assertEquals(200, stats.status(), stats.body());
        JsonObject figures = stats.json().getJsonObject("data");
        assertEquals(1, figures.getInt("executions"), figures.toString());
        assertEquals(168, figures.getJsonArray("hours").size());
        assertEquals(wf.getString("id"), figures.getJsonArray("slowest").getJsonObject(0).getString("workflow_id"));

        try (Connection c = database.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT status FROM mr_execution WHERE id = '" + ex.getString("id") + "'")) {
            assertTrue(rs.next(), "the execution row is in PostgreSQL");
            assertEquals("SUCCESS", rs.getString(1));
        }
        fileStoreChunksAreByteaRows(api);
    }

    @Test
    @Order(2)
    void aKilledBulkReplayResumesWithNothingLostAndNothingTwice() {
        CrashScenario.run(server.api(), () -> {
            server.kill();
            server.start(java.time.Duration.ofMinutes(6));
        });
    }

    /** A file of three chunks goes in and comes out whole; its chunks are BYTEA rows. */
    private static void fileStoreChunksAreByteaRows(Api api) throws SQLException {
        String project = io.millrace.it.support.Workspaces.defaultProject(api);
        byte[] bytes = new byte[600_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 253);
        }
        Api.Reply put = api.raw(api.request("/v1/projects/" + project + "/files/content?path=pg/blob.bin")
                .header("Authorization", "Bearer " + api.apiKey()).header("Content-Type", "application/octet-stream")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)));
        assertEquals(200, put.status(), put.body());
        String url = api.get("/v1/projects/" + project + "/files/metadata?path=pg/blob.bin").json()
                .getJsonObject("data").getString("url");
        try {
            byte[] back = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
            org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, back);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        try (Connection c = database.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT data_type FROM information_schema.columns"
                     + " WHERE table_name = 'mr_file_chunk' AND column_name = 'data'")) {
            assertTrue(rs.next(), "the chunk table is in PostgreSQL");
            assertEquals("bytea", rs.getString(1));
        }
    }
}
