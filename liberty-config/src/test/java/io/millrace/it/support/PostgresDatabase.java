package io.millrace.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A new database on the machine's PostgreSQL (127.0.0.1:5432, user {@code postgres}, trust auth) for one test
 * or benchmark: created with a unique name, given to a {@link ProfileServer} by {@link #serverEnvironment()},
 * dropped (with its connections) by {@link #close()}.
 */
public final class PostgresDatabase implements AutoCloseable {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/";
    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    /** Whether a PostgreSQL listens at 127.0.0.1:5432. */
    public static boolean reachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates a database named {@code prefix} and 12 random characters. */
    public static PostgresDatabase create(String prefix) throws SQLException {
        PostgresDatabase db = new PostgresDatabase(prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        try (Connection c = DriverManager.getConnection(URL + "test", "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + db.name);
        }
        return db;
    }

    public String name() {
        return name;
    }

    /** The server variables of the PostgreSQL profile on this database. */
    public List<String> serverEnvironment() {
        return List.of("MILLRACE_DB=postgresql", "MILLRACE_DB_NAME=" + name, "MILLRACE_DB_USER=postgres");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(URL + name, "postgres", "");
    }

    /** Drops the database, ending the connections it still has. */
    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL + "test", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
