package io.millrace.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (the keycloak-quarkus-dist the build unpacked into target/keycloak), started once per
 * test JVM by the first test that asks for it: {@code kc.sh start-dev} on a free loopback port, a new H2 file
 * database (dev-mem's in-memory one vanishes once idle connections close), the realm {@value #REALM} imported
 * from {@code signin/millrace-realm.json}. Ready when the realm's discovery document answers; stopped (with its whole process tree) by a JVM shutdown hook, or by
 * {@link #stop}. Its output goes to target/keycloak.log.
 */
public final class Keycloak {
    public static final String REALM = "millrace";
    public static final String CLIENT_ID = "millrace";
    public static final String CLIENT_SECRET = "millrace-client-secret";
    public static final String OTHER_CLIENT_ID = "other-app";

    private static Keycloak shared;

    private final int port = LibertyServer.freePort();
    private final String adminPassword = "admin-" + ProcessHandle.current().pid();
    private final Process process;

    private Keycloak() throws IOException {
        Path home = Path.of(System.getProperty("millrace.it.keycloak.dir"));
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kc)) {
            throw new AssertionError("no Keycloak at " + home + " (the build's keycloak-unpack step)");
        }
        kc.toFile().setExecutable(true);
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (InputStream realm = Keycloak.class.getResourceAsStream("/signin/millrace-realm.json")) {
            Files.copy(realm, imports.resolve("millrace-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        // dev-file, not dev-mem: H2 drops an in-memory database once the pool has closed its idle connections (about
        // ten minutes in), and Keycloak then answers 500 "Table CLIENT not found"; a fresh file database each start
        deleteTree(home.resolve("data/h2"));
        ProcessBuilder builder = new ProcessBuilder(List.of(kc.toString(), "start-dev", "--http-port", String.valueOf(port),
                "--http-host", "127.0.0.1", "--hostname-strict", "false", "--db", "dev-file", "--import-realm",
                "--http-management-port", String.valueOf(LibertyServer.freePort())));
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put("JAVA_OPTS_APPEND", "-Xmx512m");
        builder.redirectErrorStream(true).redirectOutput(Path.of("target", "keycloak.log").toFile());
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The running shared Keycloak, started by the first caller. */
    public static synchronized Keycloak shared() {
        if (shared == null) {
            try {
                Keycloak started = new Keycloak();
                started.awaitReady(Duration.ofMinutes(3));
                shared = started;
            } catch (IOException e) {
                throw new AssertionError("Keycloak: " + e, e);
            }
        }
        return shared;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer() {
        return base() + "/realms/" + REALM;
    }

    /**
     * Takes the realm's user out of a group through Keycloak's admin REST API (as the bootstrap admin), as
     * an administrator would in the console; the ID tokens of its next sign-in no longer name the group.
     */
    public void removeFromGroup(String username, String group) {
        String token = json(send(HttpRequest.newBuilder(URI.create(base() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                        + adminPassword)), 200)).asJsonObject().getString("access_token");
        String admin = base() + "/admin/realms/" + REALM;
        String userId = json(send(authorized(admin + "/users?exact=true&username=" + username, token).GET(), 200))
                .asJsonArray().getJsonObject(0).getString("id");
        String groupId = json(send(authorized(admin + "/users/" + userId + "/groups", token).GET(), 200)).asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(g -> g.getString("name").equals(group))
                .findFirst().orElseThrow(() -> new AssertionError(username + " is not in " + group)).getString("id");
        send(authorized(admin + "/users/" + userId + "/groups/" + groupId, token).DELETE(), 204);
    }

    private static HttpRequest.Builder authorized(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    private static String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new AssertionError("Keycloak admin API " + answer.uri() + ": " + answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static jakarta.json.JsonValue json(String text) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return reader.readValue();
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new AssertionError("Keycloak exited with " + process.exitValue() + "; see target/keycloak.log");
            }
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
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
        stop();
        throw new AssertionError("Keycloak not ready within " + timeout + "; see target/keycloak.log");
    }

    /** Stops Keycloak and every process it started (kc.sh runs java as a child). */
    public void stop() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }
}
