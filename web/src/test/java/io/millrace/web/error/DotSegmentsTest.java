package io.millrace.web.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DotSegmentsTest {
    @Test
    void dotAndDotDotSegmentsAreFoundEncodedOrNot() {
        for (String path : new String[] {"/v1/data_stores/ds_1/records/..", "/v1/data_stores/ds_1/records/.",
                "/v1/data_stores/ds_1/records/a/../b", "/v1/data_stores/ds_1/records/%2E%2e", "/v1/./workflows",
                "/v1/data_stores/ds_1/records/%2e/"}) {
            assertTrue(DotSegments.hasDotSegment(path), path);
        }
    }

    @Test
    void dotsInsideSegmentsAreFine() {
        for (String path : new String[] {"/v1/data_stores/ds_1/records/...", "/v1/data_stores/ds_1/records/a.b",
                "/v1/data_stores/ds_1/records/.hidden", "/v1/data_stores/ds_1/records/..x/y..", "/v1/workflows/",
                "/v1/data_stores/ds_1/records/%2E%2E%2E"}) {
            assertFalse(DotSegments.hasDotSegment(path), path);
        }
    }
}
