package io.millrace.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A second Liberty server made from the integration-test server's configuration and application,
 * with its own environment (profile variables) and free ports. Its logs are kept under
 * {@code target/<name>-logs} when it is removed. Its data directory starts empty, unless a test fills
 * {@link #dataDirectory()} before {@link #start()} (a database of an older server, which then keeps its
 * own admin key: {@link #api()} authenticates only on a new database).
 */
public final class ProfileServer {
    static final String API_KEY = "profile-admin-key";

    private final LibertyServer server;
    private final int httpPort = LibertyServer.freePort();

    public ProfileServer(String name, List<String> environment) throws IOException {
        server = new LibertyServer(name, httpPort);
        Path dir = server.directory();
        copy(LibertyServer.itServer().directory(), dir, "server.xml", "jvm.options", "profiles", "lib", "apps");
        List<String> env = new ArrayList<>(List.of(
                "DEFAULT_HTTP_PORT=" + httpPort,
                "MILLRACE_HTTP_HOST=127.0.0.1",
                "MILLRACE_ENDPOINT_BASE_URL=http://127.0.0.1:" + httpPort,
                "MILLRACE_BROKER_PORT=" + LibertyServer.freePort(),
                "MILLRACE_INTERNAL_HTTP_PORT=" + LibertyServer.freePort(),
                "MILLRACE_ADMIN_API_KEY=" + API_KEY));
        env.addAll(environment);
        Files.writeString(dir.resolve("server.env"), String.join("\n", env) + "\n");
    }

    public void start() {
        server.start();
    }

    /** Stops the server, keeping its directory and data (start it again with {@link #start()}). */
    public void stop() {
        server.stop();
    }

    /** Starts the server, waiting up to {@code readiness} for it to be ready. */
    public void start(java.time.Duration readiness) {
        server.start(readiness);
    }

    /** Kills the server's JVM at once (SIGKILL), as {@link LibertyServer#kill()}. */
    public void kill() {
        server.kill();
    }

    /** The server's data directory ({@code millrace.data.dir}, the default under the server's directory). */
    public Path dataDirectory() {
        return server.directory().resolve("data");
    }

    /** The lines of the server's {@code logs/messages.log} that {@code match}. */
    public List<String> logLines(java.util.function.Predicate<String> match) {
        return server.logLines(match);
    }

    public Api api() {
        return new Api("http://127.0.0.1:" + httpPort, API_KEY);
    }

    /** Stops the server and removes its directory, keeping its logs. */
    public void remove() throws IOException {
        server.stop();
        Path dir = server.directory();
        if (Files.isDirectory(dir.resolve("logs"))) {
            copy(dir, Path.of("target", dir.getFileName() + "-logs"), "logs");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void copy(Path from, Path to, String... names) throws IOException {
        for (String name : names) {
            try (Stream<Path> files = Files.walk(from.resolve(name))) {
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
