package io.millrace.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Starts and stops a Liberty server of the build's installation with {@code bin/server}. */
public final class LibertyServer {
    /** How long {@code bin/server start} and {@code stop} may take (a start waits longer when its readiness does). */
    private static final Duration COMMAND = Duration.ofMinutes(3);
    private final Path wlp;
    private final String name;
    private final int httpPort;

    public LibertyServer(String name, int httpPort) {
        this.wlp = Path.of(System.getProperty("millrace.it.wlp.dir"));
        this.name = name;
        this.httpPort = httpPort;
    }

    /** The integration-test server the build started. */
    public static LibertyServer itServer() {
        return new LibertyServer(System.getProperty("millrace.it.server"),
                Integer.parseInt(System.getProperty("millrace.it.http.port")));
    }

    public Path directory() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    public void start() {
        start(Duration.ofMinutes(3));
    }

    /** Starts the server and waits up to {@code readiness} for {@code /health/ready} (a start after a crash, on a busy machine). */
    public void start(Duration readiness) {
        run("start", readiness.compareTo(COMMAND) > 0 ? readiness : COMMAND);
        awaitReady(readiness);
    }

    public void stop() {
        run("stop", COMMAND);
    }

    /** Kills the server's JVM at once (SIGKILL): no shutdown hooks, no clean broker or database stop. */
    public void kill() {
        Path pidFile = wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
            if (!process.destroyForcibly()) {
                throw new AssertionError("could not kill " + pid);
            }
            process.onExit().get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError("kill -9 of server " + name + " failed: " + e, e);
        }
    }

    /** Polls {@code /health/ready} until it answers 200. */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            Wait.pause();
        }
        throw new AssertionError("server " + name + " not ready within " + timeout);
    }

    /** The lines of the server's {@code logs/messages.log} that {@code match}. */
    public List<String> logLines(Predicate<String> match) {
        Path log = directory().resolve("logs/messages.log");
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(match).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + log + ": " + e, e);
        }
    }

    private void run(String action, Duration timeout) {
        try {
            Process p = new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, name))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("server " + action + " " + name + " did not finish");
            }
        } catch (IOException e) {
            throw new AssertionError("server " + action + " " + name + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
