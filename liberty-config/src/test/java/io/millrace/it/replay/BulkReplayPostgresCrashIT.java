package io.millrace.it.replay;

import io.millrace.it.support.ProfileServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk replay crash scenario ({@link CrashScenario}) on the PostgreSQL profile: the application's tables and the
 * batch job repository in PostgreSQL (a new database per run). Skipped, and says so, when none is reachable.
 */
class BulkReplayPostgresCrashIT {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private final String database = "millrace_rpl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private ProfileServer server;

    @BeforeEach
    void createDatabaseAndServer() throws SQLException, IOException {
        Assumptions.assumeTrue(reachable(), () -> {
            System.out.println("PostgreSQL is not reachable at 127.0.0.1:5432: skipping the PostgreSQL bulk replay crash test");
            return "PostgreSQL is not reachable at 127.0.0.1:5432";
        });
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + database);
        }
        server = new ProfileServer("millrace-pg-replay-it", List.of(
                "MILLRACE_DB=postgresql", "MILLRACE_DB_NAME=" + database, "MILLRACE_DB_USER=postgres"));
        server.start();
    }

    @AfterEach
    void removeServerAndDatabase() throws SQLException, IOException {
        if (server == null) {
            return;
        }
        server.remove();
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void aKilledReplayResumesWithNothingLostAndNothingTwiceOnPostgres() {
        CrashScenario.run(server.api(), () -> {
            server.kill();
            server.start();
        });
    }

    private static boolean reachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
