package io.millrace.application.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpRequest;

/** The endpoint of an aws account and the SigV4 signature of a PUT to it. */
class S3PutTest {
    private static final Clock AT = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void anAccountWithoutEndpointWritesToAwsInItsRegion() {
        S3Endpoint e = S3Endpoint.of("{\"accessKeyId\":\"AK\",\"secretAccessKey\":\"SK\",\"region\":\"eu-west-1\"}");
        assertEquals(URI.create("https://s3.eu-west-1.amazonaws.com/b1/p/a%20b.gz"), e.objectUri("b1", "p/a b.gz"));
        S3Endpoint local = S3Endpoint.of("{\"accessKeyId\":\"AK\",\"secretAccessKey\":\"SK\",\"endpoint\":\"http://127.0.0.1:9000/\"}");
        assertEquals("us-east-1", local.region());
        assertEquals(URI.create("http://127.0.0.1:9000/b1/k"), local.objectUri("b1", "k"));
        assertTrue(!local.toString().contains("SK"), "the secret is not shown");
    }

    @Test
    void anAccountWithoutKeysOrWithABadEndpointIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> S3Endpoint.of("{\"accessKeyId\":\"AK\"}"));
        assertThrows(IllegalArgumentException.class,
                () -> S3Endpoint.of("{\"accessKeyId\":\"AK\",\"secretAccessKey\":\"SK\",\"endpoint\":\"ftp://x\"}"));
    }

    @Test
    void aPutIsSignedForS3WithThePayloadsDigest() {
        S3Endpoint e = S3Endpoint.of("{\"accessKeyId\":\"AKID\",\"secretAccessKey\":\"SK\",\"region\":\"eu-west-1\","
                + "\"endpoint\":\"http://127.0.0.1:9000\"}");
        byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest signed = S3Put.sign(e, e.objectUri("b1", "k.gz"), body, "application/gzip", AT);
        String auth = signed.firstMatchingHeader("Authorization").orElseThrow();
        assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKID/20260102/eu-west-1/s3/aws4_request, SignedHeaders="), auth);
        assertTrue(auth.contains("x-amz-content-sha256"), auth);
        assertEquals("20260102T030405Z", signed.firstMatchingHeader("X-Amz-Date").orElseThrow());
        assertEquals(S3Put.sha256(body), signed.firstMatchingHeader("x-amz-content-sha256").orElseThrow());
        assertEquals(auth, S3Put.sign(e, e.objectUri("b1", "k.gz"), body, "application/gzip", AT)
                .firstMatchingHeader("Authorization").orElseThrow(), "the same request signs the same");
    }
}
