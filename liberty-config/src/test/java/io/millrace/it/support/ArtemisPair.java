package io.millrace.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Apache ActiveMQ Artemis live/backup pair on loopback (docs/cluster.md): two broker instances made
 * with {@code artemis create} from the distribution the build unpacked ({@code millrace.it.artemis.home}), on free
 * ports, sharing one store directory (shared-store HA: the backup takes the journal's lock when the live broker
 * dies) and announcing each other through a static cluster connection. Each runs in its own process, its output in
 * {@code live.log} and {@code backup.log} under {@link #directory()}; {@link #close()} kills both.
 */
public final class ArtemisPair implements AutoCloseable {
    public static final String USER = "millrace";
    public static final String PASSWORD = "cluster-it";
    private static final Duration READY = Duration.ofMinutes(2);

    private final Path home = Path.of(System.getProperty("millrace.it.artemis.home"));
    private final Path dir = Path.of("target", "artemis-pair-" + UUID.randomUUID().toString().substring(0, 8))
            .toAbsolutePath();
    private final int livePort = LibertyServer.freePort();
    private final int backupPort = LibertyServer.freePort();
    private Process live;
    private Process backup;

    public Path directory() {
        return dir;
    }

    /** Creates both instances, starts the live broker, then the backup, and waits until the backup has announced itself. */
    public void start() {
        try {
            Files.createDirectories(dir);
            create("live", livePort, backupPort, false);
            create("backup", backupPort, livePort, true);
            live = run("live");
            awaitLog("live", "AMQ221007", READY);
            backup = run("backup");
            awaitLog("backup", "AMQ221031", READY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server variables of the broker-pair profile for this pair. */
    public List<String> serverEnvironment() {
        return List.of("MILLRACE_BROKER=pair", "MILLRACE_BROKER_HOST=127.0.0.1", "MILLRACE_BROKER_PORT=" + livePort,
                "MILLRACE_BROKER_BACKUP_HOST=127.0.0.1", "MILLRACE_BROKER_BACKUP_PORT=" + backupPort,
                "MILLRACE_BROKER_USER=" + USER, "MILLRACE_BROKER_PASSWORD=" + PASSWORD);
    }

    /** Kills the live broker's process at once (SIGKILL). */
    public void killLive() throws InterruptedException {
        live.destroyForcibly();
        live.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits until the backup broker says it is active. */
    public void awaitBackupActive(Duration timeout) {
        awaitLog("backup", "AMQ221010", timeout);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : new Process[] {backup, live}) {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void create(String name, int port, int otherPort, boolean isBackup) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/artemis").toString(), "create",
                dir.resolve(name).toString(), "--silent", "--force", "--nio", "--no-web", "--no-autotune",
                "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor",
                "--require-login", "--user", USER, "--password", PASSWORD, "--host", "127.0.0.1",
                "--default-port", String.valueOf(port), "--shared-store", "--failover-on-shutdown", "--clustered",
                "--cluster-user", "cluster", "--cluster-password", PASSWORD,
                "--static-cluster", "tcp://127.0.0.1:" + otherPort, "--data", dir.resolve("shared").toString()));
        if (isBackup) {
            command.add("--backup");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + "-create.log").toFile()).start();
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError("artemis create " + name + " failed: " + Files.readString(dir.resolve(name + "-create.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        Path profile = dir.resolve(name).resolve("etc/artemis.profile");
        Files.writeString(profile, Files.readString(profile).replace("-Xms512M -Xmx2G", "-Xms64M -Xmx384M"));
    }

    private Process run(String name) throws IOException {
        return new ProcessBuilder("sh", dir.resolve(name).resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private void awaitLog(String name, String code, Duration timeout) {
        Path log = dir.resolve(name + ".log");
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            try {
                if (Files.exists(log) && Files.readString(log).contains(code)) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Wait.pause();
        }
        throw new AssertionError("the " + name + " broker did not log " + code + " within " + timeout + " (" + log + ")");
    }
}
