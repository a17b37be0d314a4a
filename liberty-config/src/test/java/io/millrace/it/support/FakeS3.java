package io.millrace.it.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * A small S3-compatible endpoint on loopback for the server under test to PUT objects to (path-style,
 * {@code /<bucket>/<key>}). It checks each request's SigV4 {@code Authorization} by signing the request it received
 * again with AWS's own signer and the known secret (403 {@code SignatureDoesNotMatch} when they differ), then stores
 * the object. A bucket named {@code flaky-…} answers 503 to its first PUT; one named {@code denied-…} answers 403
 * with an S3 error document. Close it when done.
 */
public final class FakeS3 implements AutoCloseable {
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Pattern SIGNED_HEADERS = Pattern.compile("SignedHeaders=([^,]+)");

    /** An object stored: its bytes and the headers it came with (names lower-case). */
    public record Stored(byte[] body, Map<String, String> headers) {
    }

    private final String accessKeyId;
    private final String secret;
    private final String region;
    private final LocalHttpServer server = new LocalHttpServer();
    private final Map<String, Stored> objects = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> putsByBucket = new ConcurrentHashMap<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();

    public FakeS3(String accessKeyId, String secret, String region) {
        this.accessKeyId = accessKeyId;
        this.secret = secret;
        this.region = region;
        server.on("/", this::handle).start();
    }

    /** The endpoint's base URL, {@code http://127.0.0.1:<port>}. */
    public String endpoint() {
        return server.url("");
    }

    /** The objects stored, by {@code <bucket>/<key>}. */
    public Map<String, Stored> objects() {
        return objects;
    }

    /** How many PUTs reached a bucket, answered or not. */
    public int puts(String bucket) {
        AtomicInteger n = putsByBucket.get(bucket);
        return n == null ? 0 : n.get();
    }

    /** Why requests were refused for their signature (none when every signature matched). */
    public List<String> refusals() {
        return refusals;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        String bucket = path.substring(1).split("/", 2)[0];
        putsByBucket.computeIfAbsent(bucket, b -> new AtomicInteger()).incrementAndGet();
        if (!exchange.getRequestMethod().equals("PUT")) {
            LocalHttpServer.answer(exchange, 405, null, null);
            return;
        }
        String refusal = signatureRefusal(exchange, body);
        if (refusal != null) {
            refusals.add(refusal);
            error(exchange, 403, "SignatureDoesNotMatch", refusal);
            return;
        }
        if (bucket.startsWith("denied-")) {
            error(exchange, 403, "AccessDenied", "Access Denied by the test's bucket policy");
            return;
        }
        if (bucket.startsWith("flaky-") && putsByBucket.get(bucket).get() == 1) {
            error(exchange, 503, "SlowDown", "Please reduce your request rate");
            return;
        }
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        objects.put(java.net.URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8), new Stored(body, headers));
        exchange.getResponseHeaders().set("ETag", "\"" + Sha256.hex(body) + "\"");
        LocalHttpServer.answer(exchange, 200, null, null);
    }

    /** Null when the request's Authorization is the one AWS's signer makes with the known secret; else why not. */
    private String signatureRefusal(HttpExchange exchange, byte[] body) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String date = exchange.getRequestHeaders().getFirst("X-Amz-Date");
        if (auth == null || date == null) {
            return "no Authorization or X-Amz-Date";
        }
        Matcher signed = SIGNED_HEADERS.matcher(auth);
        if (!signed.find()) {
            return "no SignedHeaders in " + auth;
        }
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.PUT)
                .uri(URI.create(endpoint() + exchange.getRequestURI().getRawPath()));
        for (String name : signed.group(1).split(";")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value == null) {
                return "signed header " + name + " not sent";
            }
            request.putHeader(name, value);
        }
        Clock at = Clock.fixed(LocalDateTime.parse(date, AMZ_DATE).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        SdkHttpRequest unsigned = request.build();
        String expected = AwsV4HttpSigner.create().sign(r -> r.request(unsigned)
                        .identity(AwsCredentialsIdentity.create(accessKeyId, secret))
                        .payload(() -> new ByteArrayInputStream(body))
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                        .putProperty(HttpSigner.SIGNING_CLOCK, at))
                .request().firstMatchingHeader("Authorization").orElse("");
        if (!expected.equals(auth)) {
            return "expected " + expected + ", got " + auth;
        }
        String digest = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        return Sha256.hex(body).equals(digest) ? null : "x-amz-content-sha256 " + digest + " is not the body's";
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        LocalHttpServer.answer(exchange, status, "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Error><Code>" + code + "</Code><Message>" + message + "</Message></Error>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
