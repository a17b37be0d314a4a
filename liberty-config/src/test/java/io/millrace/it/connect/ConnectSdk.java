package io.millrace.it.connect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The SDK script's directory under {@code target/connect-sdk}: {@code src/test/node/connect-sdk} copied there and its
 * {@code @pipedream/sdk} (the version package.json pins) installed with npm from the npm registry on first use.
 */
final class ConnectSdk {
    private static final Path SOURCE = Path.of("src", "test", "node", "connect-sdk");
    private static final Path DIR = Path.of("target", "connect-sdk");

    private ConnectSdk() {
    }

    /** Installs the SDK when it is not there yet. */
    static synchronized void install() throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        for (String file : List.of("package.json", "calls.cjs")) {
            Files.copy(SOURCE.resolve(file), DIR.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(DIR.resolve("node_modules/@pipedream/sdk"))) {
            return;
        }
        Result npm = run(List.of(npm(), "install", "--no-audit", "--no-fund", "--loglevel=error"), Map.of(), 300);
        if (npm.exit() != 0) {
            throw new AssertionError("npm install of @pipedream/sdk failed (" + npm.exit() + "): " + npm.output());
        }
    }

    /** Runs {@code calls.cjs} with these environment variables; answers its JSON line. */
    static JsonObject calls(Map<String, String> env) throws IOException, InterruptedException {
        Result node = run(List.of("node", "calls.cjs"), env, 600);
        String out = node.output().strip();
        String last = out.substring(out.lastIndexOf('\n') + 1);
        if (!last.startsWith("{")) {
            throw new AssertionError("the SDK script printed no result (exit " + node.exit() + "): " + out);
        }
        try (JsonReader reader = Json.createReader(new StringReader(last))) {
            return reader.readObject();
        }
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(DIR.toAbsolutePath(), "run", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(false)
                .redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(DIR.resolve("stderr.log").toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError(command + " did not finish within " + seconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }
}
