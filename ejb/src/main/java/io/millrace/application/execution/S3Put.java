package io.millrace.application.execution;

import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressRefused;
import io.millrace.shared.egress.Route;
import io.millrace.shared.http.RenewableHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * One object PUT to an S3-compatible endpoint: signed with AWS Signature Version 4 by the AWS SDK's own signer
 * ({@code http-auth-aws}; the payload's SHA-256 in {@code x-amz-content-sha256}), sent with the JDK's HTTP client. The
 * endpoint is checked against the egress policy first, like any address a user gives.
 */
final class S3Put {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HARD_LIMIT = Duration.ofSeconds(75);
    private static final Pattern MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    /** How a PUT ended: done, worth trying again (a network error, 5xx, 429), or refused for good. */
    record Result(boolean done, boolean retry, String message) {
        static final Result DONE = new Result(true, false, null);
    }

    private final RenewableHttpClient http;
    private final EgressGuard egress;
    private final Clock clock;

    /** PUTs through {@code http}, to addresses {@code egress} allows, signed at {@code clock}'s time. */
    S3Put(RenewableHttpClient http, EgressGuard egress, Clock clock) {
        this.http = http;
        this.egress = egress;
        this.clock = clock;
    }

    Result put(S3Endpoint endpoint, String bucket, String key, byte[] body, String contentType) {
        URI uri = endpoint.objectUri(bucket, key);
        Route route;
        try {
            route = egress.route(uri);
        } catch (EgressRefused e) {
            return new Result(false, false, e.getMessage());
        } catch (IOException e) {
            return new Result(false, true, "UnknownHostException: " + e.getMessage());
        }
        Map<String, List<String>> headers = sign(endpoint, uri, body, contentType, clock).headers();
        HttpRequest.Builder request = HttpRequest.newBuilder(route.connectUri()).timeout(TIMEOUT)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) { // set by the client
                values.forEach(v -> request.header(name, v));
            }
        });
        if (route.hostHeader() != null) {
            request.header("Host", route.hostHeader());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(), HARD_LIMIT);
            int status = response.statusCode();
            if (status / 100 == 2) {
                return Result.DONE;
            }
            String message = "HTTP " + status + messageOf(response.body());
            return new Result(false, status >= 500 || status == 429 || status == 408, message);
        } catch (IOException e) {
            return new Result(false, true, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, true, "interrupted");
        }
    }

    /** The request signed for S3: the headers to send, Authorization and X-Amz-Date among them. */
    static SdkHttpRequest sign(S3Endpoint endpoint, URI uri, byte[] body, String contentType, Clock clock) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.PUT).uri(uri)
                .putHeader("Content-Type", contentType)
                .putHeader("Content-Length", Integer.toString(body.length))
                .putHeader("x-amz-content-sha256", sha256(body))
                .build();
        SignedRequest signed = SIGNER.sign(r -> r.request(unsigned)
                .identity(AwsCredentialsIdentity.create(endpoint.accessKeyId(), endpoint.secretAccessKey()))
                .payload(() -> new java.io.ByteArrayInputStream(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, endpoint.region())
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
        return signed.request();
    }

    private static String messageOf(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        Matcher m = MESSAGE.matcher(body);
        String text = m.find() ? m.group(1) : body;
        text = text.strip();
        return ": " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
