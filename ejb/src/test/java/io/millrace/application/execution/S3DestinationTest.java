package io.millrace.application.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.runtime.S3Object;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The objects {@code $.send.s3} payloads become: the seed's object format, one per bucket and prefix. */
class S3DestinationTest {

    @Test
    void pathsFollowTheSeedsObjectFormat() {
        assertEquals("test/2019/05/25/16/2019-05-25-16-14-58-abc.gz",
                S3Destination.key("test/", Instant.parse("2019-05-25T16:14:58Z"), "abc"));
        assertEquals("2019/05/25/16/2019-05-25-16-14-58-abc.gz",
                S3Destination.key("", Instant.parse("2019-05-25T16:14:58Z"), "abc"));
    }

    @Test
    void payloadsToOneBucketAndPrefixAreOneGzippedObjectOfLines() throws IOException {
        List<S3Destination.Upload> uploads = S3Destination.uploads("ex_1", Instant.parse("2026-01-02T03:04:05Z").toEpochMilli(),
                List.of(new S3Object("b1", "p/", "{\"n\":1}"), new S3Object("b2", "", "2"), new S3Object("b1", "p/", "{\"n\":3}")));
        assertEquals(2, uploads.size());
        assertTrue(uploads.get(0).path().matches("b1/p/2026/01/02/03/2026-01-02-03-04-05-[0-9a-f]{64}\\.gz"),
                uploads.get(0).path());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(uploads.get(0).gzip()))) {
            assertEquals("{\"n\":1}\n{\"n\":3}\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(uploads.get(0).path(), S3Destination.uploads("ex_1", Instant.parse("2026-01-02T03:04:05Z")
                .toEpochMilli(), List.of(new S3Object("b1", "p/", "0"))).get(0).path(), "the same object when written again");
    }

    @Test
    void payloadsForAnAccountAreAnObjectOfTheirOwn() {
        List<S3Destination.Upload> uploads = S3Destination.uploads("ex_1", 0L,
                List.of(new S3Object("b1", "p", "1"), new S3Object("b1", "p", "2", "apn_1")));
        assertEquals(2, uploads.size());
        assertEquals(null, uploads.get(0).account());
        assertEquals("apn_1", uploads.get(1).account());
        assertTrue(uploads.get(1).key().startsWith("p/1970/01/01/00/1970-01-01-00-00-00-"), uploads.get(1).key());
        assertTrue(!uploads.get(0).key().equals(uploads.get(1).key()));
    }
}
