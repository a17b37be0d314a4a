package io.millrace.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.millrace.it.support.Api;
import io.millrace.it.support.RawRequests;
import io.swagger.v3.oas.models.OpenAPI;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bad input for every operation of /openapi, generated from the document: each operation is called
 * with real values (a workflow, execution, source, data store, record, env var, webhook, OAuth client,
 * component, job ... made through the API first, so the requests get past the 404) and then with one
 * mutation at a time:
 * <ul>
 * <li>path parameters: unknown ids, {@code %2F}, {@code ..}, 8 KB and 64 KB ids, NUL, lone surrogates
 * (as CESU-8 bytes), invalid UTF-8, malformed escapes ({@code %}, {@code %zz}), values outside an enum
 * or not a number; and the path itself with a trailing or doubled slash, dot segments, a matrix
 * parameter, upper case;</li>
 * <li>query: every declared parameter empty, NUL, lone surrogate, malformed escapes, 8 KB, missing when
 * required, repeated; {@code limit} -1, 0, 10^12, empty, not a number ...; bad cursors; unknown
 * parameters, {@code ?x=%}, {@code ?%=1}, a 64 KB query;</li>
 * <li>headers: no {@code Authorization} (and, on a few operations, bad keys), {@code Accept: text/html},
 * header parameters with junk;</li>
 * <li>bodies, on every operation: malformed JSON, {@code Content-Type} missing, {@code text/plain},
 * {@code application/json; charset=bogus-xx}, 4 MB streamed; on operations with a JSON body also
 * empty, arrays, scalars, BOM, raw NUL, invalid UTF-8, UTF-16, duplicate keys, deep nesting, huge
 * exponents, 20,000 keys, unknown fields and a dozen more content types; YAML and form bodies where
 * the operation takes them;</li>
 * <li>every field of the JSON body (to depth 3): left out, null, each wrong type, a 1 MB string, NUL,
 * lone surrogates written as JSON escapes (backslash, u, D800) in the JSON text, bidi overrides, huge and tiny numbers,
 * 1,001 array items, 3,000 levels of nesting;</li>
 * <li>every path with each method it does not declare; and outside /openapi: a workflow's trigger
 * endpoint {@code /e/<key>}, health, metrics, the document itself and unknown paths.</li>
 * </ul>
 * Every answer must be below 500 (a 5xx the operation documents, other than 500, is allowed: the mail
 * test's 502), name no Java class and show no stack frame, and be an error in the JSON shape
 * {@code {"error": {"status", "message"}}} (RFC 6749's on the token endpoints) when it is an error, of at
 * most {@value #MAX_ERROR} characters (an error quotes client input shortened, never echoes it); the
 * server must be ready at the end. All failures are collected and reported together; every answer is
 * listed in {@code target/bad-input/answers.tsv}.
 */
class GeneratedBadInputIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MAX_BODY = 256 * 1024;
    /** The largest error answer: errors quote client input shortened (docs/api.md), so more is an echo. */
    private static final int MAX_ERROR = 16 * 1024;
    private static final int TIMEOUT_MS = 60_000;
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|jdk|sun|com\\.ibm|com\\.sun|org\\.eclipse|org\\.apache|io\\.millrace|io\\.openliberty)"
                    + "\\.[a-z]+\\.[A-Za-z]");
    private static final Pattern STACK = Pattern.compile("\\tat |\\bat [\\w$.]+\\([\\w$]+\\.java(:\\d+)?\\)|Exception"
            + "|\\b(StackOverflow|OutOfMemory|NoClassDefFound|ExceptionInInitializer|Linkage|Internal|Assertion)Error\\b");
    private static final Path REPORT = Path.of("target", "bad-input");
    /** Endpoints of Liberty's features, served by the application from Liberty's answers (their 2xx bodies are Liberty's). */
    private static final Pattern FEATURES = Pattern.compile(" /(health|metrics|openapi)\\b");
    private static final Pattern TRUNCATED_ERROR = Pattern.compile("^\\s*\\{\\s*\"error\"\\s*:\\s*\\{\\s*\"status\"\\s*:\\s*(\\d+)\\s*,\\s*\"message\"\\s*:\\s*\"");
    private static final Pattern TRUNCATED_OAUTH = Pattern.compile("^\\s*\\{\\s*\"error\"\\s*:\\s*\"\\w+\"\\s*,\\s*\"error_description\"\\s*:\\s*\"");
    /** "field steps[0].code: …", "query limit: …", "path {id}: …", "header Last-Event-ID: …". */
    private static final Pattern PARAM = Pattern.compile("^(field|query|path|header) ([^:]+):");

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bad-input-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final Api admin = Api.server();
    private final URI base = URI.create(admin.base());
    private final List<Failure> failures = new ArrayList<>();
    private final StringBuilder answers = new StringBuilder("operation\tmutation\tstatus\tms\tcontent-type\tbody\n");
    private final List<Timing> timings = new ArrayList<>();
    private int sent;
    private int bare;
    /** Liberty's HTTP channel refuses a path with a malformed escape itself, in its own words (docs/api.md). */
    private static final String CHANNEL_REFUSAL = "CWWWC0005I: The request URI has invalid or improperly encoded characters";
    private int channel;

    @Test
    void everyOperationAnswersBadInputBelow500WithoutJavaInternalsAndTheServerStaysReady() throws IOException {
        long start = System.nanoTime();
        OpenAPI doc = ApiDocument.read(admin);
        BadInputFixtures fx = new BadInputFixtures(admin);
        BadInputProbes gen = new BadInputProbes(doc, fx);
        List<BadInputProbes.Op> ops = gen.operations();
        assertTrue(ops.size() > 50, "the document lists the operations: " + ops.size());
        long setup = System.nanoTime();

        for (BadInputProbe p : gen.extras()) {
            run(gen, fx, p, Set.of());
        }
        Map<String, Set<String>> declared = gen.declaredMethods();
        int sampledAuth = 0;
        for (String path : declared.keySet()) {
            for (BadInputProbes.Op op : ops) {
                if (op.path().equals(path) && !op.method().equals("DELETE")) {
                    boolean sample = op.secured() && sampledAuth++ < 3;
                    for (BadInputProbe p : gen.probes(op, sample)) {
                        run(gen, fx, p, documented5xx(op));
                    }
                }
            }
            for (BadInputProbe p : gen.wrongMethods(path, declared.get(path))) {
                run(gen, fx, p, Set.of());
            }
        }
        // deletes last, the deepest paths first (records before their store)
        List<BadInputProbes.Op> deletes = new ArrayList<>(ops.stream().filter(o -> o.method().equals("DELETE")).toList());
        deletes.sort(Comparator.comparingInt((BadInputProbes.Op o) -> o.path().length()).reversed());
        for (BadInputProbes.Op op : deletes) {
            for (BadInputProbe p : gen.probes(op, false)) {
                run(gen, fx, p, documented5xx(op));
            }
        }

        Api.Reply ready = admin.raw(admin.request("/health/ready").GET());
        long end = System.nanoTime();
        String report = report(ops.size(), (setup - start) / 1_000_000, (end - setup) / 1_000_000);
        Files.createDirectories(REPORT);
        Files.writeString(REPORT.resolve("answers.tsv"), answers);
        Files.writeString(REPORT.resolve("failures.txt"), report + "\n\n=== every failed check ===\n"
                + String.join("\n", failures.stream().map(Failure::toString).toList()) + "\n");
        System.out.println(report.lines().limit(12).collect(java.util.stream.Collectors.joining("\n")));
        assertEquals(200, ready.status(), "the server is still ready after the run: " + ready.body());
        assertTrue(ready.body().contains("UP"), ready.body());
        if (!failures.isEmpty()) {
            fail(report + "\n(every request: " + REPORT.resolve("answers.tsv") + ")");
        }
    }

    /** The 5xx statuses the operation documents (500 never counts as one). */
    private static Set<Integer> documented5xx(BadInputProbes.Op op) {
        Set<Integer> out = new java.util.HashSet<>();
        op.operation().getResponses().keySet().forEach(code -> {
            if (code.matches("5\\d\\d") && !code.equals("500")) {
                out.add(Integer.parseInt(code));
            }
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------ one request

    private void run(BadInputProbes gen, BadInputFixtures fx, BadInputProbe p, Set<Integer> allowed5xx) {
        String target = gen.target(p);
        long t0 = System.nanoTime();
        Answer a = send(gen, p, target);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        sent++;
        if (a.status >= 200 && a.status < 300) {
            fx.consumed(p.valuesOf);
        }
        record(p, a, ms);
        check(p, target, a, allowed5xx);
    }

    private record Answer(int status, String contentType, String body, String headers, String failure) {
    }

    private Answer send(BadInputProbes gen, BadInputProbe p, String target) {
        if (!p.raw) {
            try {
                return viaClient(gen, p, target);
            } catch (IllegalArgumentException e) {
                // not a URI, or a header the client refuses: on the wire as it is
            }
        }
        List<String[]> headers = new ArrayList<>();
        for (String[] h : p.headers) {
            headers.add(new String[] {h[0], h[1]});
        }
        RawRequests.Answer r = RawRequests.send(base.getHost(), base.getPort(), p.method, target, headers,
                p.streamed > 0 ? p.bytes : gen.body(p), p.streamed, p.filler, p.tail, p.chunked, MAX_BODY, TIMEOUT_MS);
        return new Answer(r.status(), r.header("content-type"), new String(r.body(), StandardCharsets.UTF_8),
                r.headers().toString(), r.failure());
    }

    private Answer viaClient(BadInputProbes gen, BadInputProbe p, String target) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(admin.base() + target)).timeout(Duration.ofMillis(TIMEOUT_MS));
        for (String[] h : p.headers) {
            b.header(h[0], h[1]);
        }
        byte[] body = gen.body(p);
        b.method(p.method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpRequest request = b.build();
        try {
            HttpResponse<InputStream> r = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String type = r.headers().firstValue("content-type").orElse(null);
            try (InputStream in = r.body()) {
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
                    return new Answer(r.statusCode(), type, "", r.headers().map().toString(), null);
                }
                ScheduledFuture<?> stop = watchdog.schedule(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        // closing is all it does
                    }
                }, TIMEOUT_MS, TimeUnit.MILLISECONDS);
                byte[] bytes = in.readNBytes(MAX_BODY);
                stop.cancel(false);
                return new Answer(r.statusCode(), type, new String(bytes, StandardCharsets.UTF_8), r.headers().map().toString(), null);
            }
        } catch (IOException e) {
            return new Answer(0, null, "", "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------------------------------ checks

    /**
     * The checks of one answer. The successful answers of Liberty's own features (health, metrics, the
     * document), which the application passes on, are checked for 5xx only; their errors are the
     * application's and get every check. An error without a
     * body and a content type (the HTTP channel refusing a request line over its limit) shows nothing
     * and is not a failure, nor is a connection closed without an answer to a request line over 32 KB;
     * both are counted in the summary.
     */
    private void check(BadInputProbe p, String target, Answer a, Set<Integer> allowed5xx) {
        if (a.status == 0) {
            if (target.length() > 32 * 1024) {
                bare++; // a request line over the HTTP channel's limit may be cut off without an answer
            } else {
                failure("no answer", p, a, a.failure);
            }
            return;
        }
        if (a.status >= 500 && !allowed5xx.contains(a.status)) {
            failure("5xx", p, a, null);
        }
        boolean feature = FEATURES.matcher(p.op).find();
        String leak = feature && a.status < 400 ? null : leak(a.body + "\n" + a.headers, a.status >= 400);
        if (leak != null) {
            failure("Java class name or stack frame", p, a, "found: " + leak);
        }
        if (a.status < 400 || p.method.equals("HEAD")) {
            return;
        }
        if (a.body.isBlank()) {
            bare++; // an answer without a body tells nothing (the HTTP channel's, or the container's TRACE refusal)
            return;
        }
        if (a.status == 400 && a.body.contains(CHANNEL_REFUSAL)) {
            channel++; // refused by Liberty's HTTP channel before any application runs (docs/api.md)
            return;
        }
        if (a.body.length() > MAX_ERROR) {
            failure("error answer over " + MAX_ERROR / 1024 + " KB (it echoes the input)", p, a,
                    (a.body.length() >= MAX_BODY ? "at least " : "") + a.body.length() / 1024 + " KB");
        }
        String type = a.contentType == null ? "" : a.contentType.toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json") && !type.matches("application/[\\w.+-]+\\+json.*")) {
            failure("error answer not JSON", p, a, "content-type " + (a.contentType == null ? "none" : a.contentType));
            return;
        }
        String shape = shape(p, a);
        if (shape != null) {
            failure("error JSON not {\"error\":{\"status\",\"message\"}}", p, a, shape);
        }
    }

    /** What in the text names a Java class or shows a stack frame, or null. */
    private static String leak(String text, boolean error) {
        var m = CLASS_NAME.matcher(text);
        if (m.find()) {
            return excerpt(text.substring(m.start(), Math.min(text.length(), m.start() + 80)), 80);
        }
        var s = STACK.matcher(text);
        while (s.find()) {
            if (error || !s.group().equals("Exception")) {
                return excerpt(text.substring(Math.max(0, s.start() - 30), Math.min(text.length(), s.end() + 30)), 80);
            }
        }
        return null;
    }

    /** What is wrong with the error body's shape, or null. A body cut at {@link #MAX_BODY} is judged by its start. */
    private static String shape(BadInputProbe p, Answer a) {
        boolean oauth = p.op.contains(" /v1/oauth/");
        if (a.body.length() >= MAX_BODY) {
            var start = TRUNCATED_ERROR.matcher(a.body);
            if (start.find() && start.group(1) != null && Integer.parseInt(start.group(1)) == a.status
                    || oauth && TRUNCATED_OAUTH.matcher(a.body).find()) {
                return null;
            }
            return "the first " + MAX_BODY / 1024 + " KB do not start an error object with status " + a.status;
        }
        JsonValue v;
        try (JsonReader r = Json.createReader(new StringReader(a.body))) {
            v = r.readValue();
        } catch (RuntimeException e) {
            return "not parseable as JSON";
        }
        if (!(v instanceof JsonObject o) || !o.containsKey("error")) {
            return "no \"error\" member";
        }
        JsonValue error = o.get("error");
        if (oauth && error.getValueType() == JsonValue.ValueType.STRING) {
            return o.get("error_description") != null && o.get("error_description").getValueType() == JsonValue.ValueType.STRING
                    ? null : "an RFC 6749 error without error_description";
        }
        if (error.getValueType() != JsonValue.ValueType.OBJECT) {
            return "\"error\" is not an object";
        }
        JsonObject e = error.asJsonObject();
        if (!(e.get("status") instanceof JsonNumber n) || n.intValue() != a.status) {
            return "error.status is not " + a.status;
        }
        if (!(e.get("message") instanceof JsonString s) || s.getString().isBlank()) {
            return "no error.message";
        }
        return null;
    }

    private void failure(String cause, BadInputProbe p, Answer a, String detail) {
        failures.add(new Failure(cause, p.op, p.mutation, a.status, detail, excerpt(a.body, 160)));
    }

    /** One failed check. */
    private record Failure(String cause, String op, String mutation, int status, String detail, String excerpt) {
        @Override
        public String toString() {
            return "[" + cause + "] " + op + " × " + mutation + " → " + status + (detail == null ? "" : " (" + detail + ")")
                    + " " + excerpt;
        }

        /** The mutation with the parameter or field it was applied to replaced by *. */
        String kind() {
            return PARAM.matcher(mutation).replaceFirst("$1 *:");
        }

        /** Where: the operation, and the parameter or field when {@link #kind} hid it. */
        String where() {
            Matcher m = PARAM.matcher(mutation);
            return m.find() ? op + " [" + m.group(2) + "]" : op;
        }

        /** The answer without what differs from one operation to the next (ids, incidents, paths). */
        String answer() {
            String text = (detail == null ? "" : "(" + detail + ") ") + excerpt;
            return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "…")
                    .replaceAll("\\[/[^\\]]*]", "[…]").replaceAll("\\b[a-z]{1,4}_[A-Za-z0-9]{6,}", "<id>")
                    .replaceAll("aaaa+", "aaa…").replaceAll("kkkk+", "kkk…");
        }
    }

    private void record(BadInputProbe p, Answer a, long ms) {
        answers.append(p.op).append('\t').append(p.mutation).append('\t').append(a.status).append('\t').append(ms)
                .append('\t').append(a.contentType == null ? "" : a.contentType).append('\t')
                .append(a.status == 0 ? a.failure : excerpt(a.body, 200)).append('\n');
        timings.add(new Timing(ms, p.op + " × " + p.mutation + " → " + a.status));
    }

    private record Timing(long ms, String what) {
    }

    /**
     * The failures grouped by cause, then by mutation kind, status and answer, each group with the
     * operations it happened on: one line per group, so a run lists everything in a readable size.
     */
    private String report(int operations, long setupMs, long runMs) {
        StringBuilder b = new StringBuilder();
        b.append("bad-input run: ").append(sent).append(" requests over ").append(operations)
                .append(" operations in ").append(runMs / 1000).append(" s (setup ").append(setupMs / 1000)
                .append(" s); ").append(failures.size()).append(" failed checks");
        Map<String, Map<String, List<Failure>>> groups = new TreeMap<>();
        for (Failure f : failures) {
            groups.computeIfAbsent(f.cause(), k -> new TreeMap<>())
                    .computeIfAbsent(f.kind() + " → " + f.status() + " " + f.answer(), k -> new ArrayList<>()).add(f);
        }
        groups.forEach((cause, byKind) -> b.append("\n  ").append(byKind.values().stream().mapToInt(List::size).sum())
                .append(" × ").append(cause).append(" (").append(byKind.size()).append(" kinds)"));
        b.append("\nslowest:");
        timings.sort(Comparator.comparingLong(Timing::ms).reversed());
        timings.stream().limit(5).forEach(t -> b.append("\n  ").append(t.ms()).append(" ms ").append(t.what()));
        b.append("\nrefused by the HTTP channel without a body, or without an answer: ").append(bare);
        b.append("\nrefused by the HTTP channel for a malformed escape in the path (CWWWC0005I): ").append(channel);
        groups.forEach((cause, byKind) -> {
            b.append("\n\n=== ").append(cause).append(" ===");
            byKind.forEach((kind, list) -> {
                b.append("\n[").append(list.size()).append("×] ").append(kind).append("\n      on: ");
                b.append(String.join(", ", list.stream().map(Failure::where).distinct().toList()));
            });
        });
        return b.toString();
    }
    /** The start of a body on one line, control characters shown as \\uXXXX. */
    private static String excerpt(String text, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < max; i++) {
            char c = text.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > max ? b + "…" : b.toString();
    }
}
