package io.millrace.web.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EncodedSeparatorsTest {
    @Test
    void encodedSeparatorsAreRefusedInAnyPath() {
        for (String path : new String[] {"/v1/workflows/a%2Fb", "/v1/workflows/a%2fb", "/v1/data_stores/d/records/%2E%2E",
                "/v1/x%5Cy", "/v1/x%23y", "/console/%2e%2e/WEB-INF/web.xml", "/v1/connect/p/proxy/aGV%2Fs/more",
                "/v1/connect/p%2Fq/proxy/aGV%2Fs", "/v1/connect/p/proxy/aGV%2Fs%5C", "/v1/connect/p/proxy/%2E%2E"}) {
            assertTrue(EncodedSeparators.refused(path), path);
        }
    }

    @Test
    void anEncodedSlashInTheProxysBase64SegmentIsTaken() {
        for (String path : new String[] {"/v1/connect/proj_1/proxy/aHR0cDovL2E%2FYj0x", "/v1/connect/proj_1/proxy/a%2f%2Fb%3D",
                "/v1/workflows/p_1", "/v1/connect/proj_1/proxy/aHR0cDovL2E_Yj0x", "/"}) {
            assertFalse(EncodedSeparators.refused(path), path);
        }
    }
}
