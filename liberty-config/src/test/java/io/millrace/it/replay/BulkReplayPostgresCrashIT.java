package io.millrace.it.replay;

import io.millrace.it.support.PostgresDatabase;
import io.millrace.it.support.ProfileServer;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk replay crash scenario ({@link CrashScenario}) on the PostgreSQL profile: the application's tables and the
 * batch job repository in PostgreSQL (a new database per run). Skipped, and says so, when none is reachable.
 */
class BulkReplayPostgresCrashIT {
    private PostgresDatabase database;
    private ProfileServer server;

    @BeforeEach
    void createDatabaseAndServer() throws SQLException, IOException {
        Assumptions.assumeTrue(PostgresDatabase.reachable(), () -> {
            System.out.println("PostgreSQL is not reachable at 127.0.0.1:5432: skipping the PostgreSQL bulk replay crash test");
            return "PostgreSQL is not reachable at 127.0.0.1:5432";
        });
        database = PostgresDatabase.create("millrace_rpl_");
        server = new ProfileServer("millrace-pg-replay-it", database.serverEnvironment());
        server.start();
    }

    @AfterEach
    void removeServerAndDatabase() throws SQLException, IOException {
        if (server != null) {
            server.remove();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aKilledReplayResumesWithNothingLostAndNothingTwiceOnPostgres() {
        CrashScenario.run(server.api(), () -> {
            server.kill();
            server.start(java.time.Duration.ofMinutes(6));
        });
    }
}
