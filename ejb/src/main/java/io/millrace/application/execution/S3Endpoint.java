package io.millrace.application.execution;

import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Locale;

/**
 * Where an S3 destination writes when the step's {@code aws} prop names a connected account: an S3-compatible
 * endpoint and its credentials, from the account's fields {@code accessKeyId}, {@code secretAccessKey},
 * {@code region} (default {@code us-east-1}) and {@code endpoint} (default {@code https://s3.<region>.amazonaws.com}).
 * Objects are addressed path-style, {@code <endpoint>/<bucket>/<key>}, which every S3-compatible server accepts.
 *
 * @param endpoint        the endpoint's base URL, without a trailing slash
 * @param region          the signing region
 * @param accessKeyId     the access key id
 * @param secretAccessKey the secret access key
 */
record S3Endpoint(URI endpoint, String region, String accessKeyId, String secretAccessKey) {
    static final String DEFAULT_REGION = "us-east-1";

    /**
     * The endpoint of an account's credentials (its {@code $auth} JSON).
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    static S3Endpoint of(String credentialsJson) {
        JsonObject auth = JsonText.parseObject(credentialsJson);
        String key = text(auth, "accessKeyId");
        String secret = text(auth, "secretAccessKey");
        if (key == null || secret == null) {
            throw new IllegalArgumentException("the aws account has no accessKeyId or secretAccessKey");
        }
        String region = text(auth, "region");
        region = region == null ? DEFAULT_REGION : region;
        String endpoint = text(auth, "endpoint");
        URI uri = URI.create(endpoint == null ? "https://s3." + region + ".amazonaws.com" : endpoint.replaceAll("/+$", ""));
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("the aws account's endpoint must be an http(s) URL, got " + endpoint);
        }
        return new S3Endpoint(uri, region, key, secret);
    }

    /** The URL of an object: path-style, each part of the key percent-encoded as S3 expects. */
    URI objectUri(String bucket, String key) {
        StringBuilder path = new StringBuilder(endpoint.getRawPath() == null ? "" : endpoint.getRawPath());
        path.append('/').append(encode(bucket));
        for (String part : key.split("/")) {
            path.append('/').append(encode(part));
        }
        return URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path);
    }

    private static String encode(String part) {
        StringBuilder out = new StringBuilder();
        for (byte b : part.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-_.~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().trim();
        }
        return null;
    }

    @Override
    public String toString() { // never the secret
        return "S3Endpoint[" + endpoint + ", " + region + "]";
    }
}
