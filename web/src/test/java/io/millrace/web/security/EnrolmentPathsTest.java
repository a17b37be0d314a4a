package io.millrace.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a session limited by a workspace's required 2FA may still call. */
class EnrolmentPathsTest {
    @Test
    void theProfileAndTheEnrolmentOnly() {
        for (String ok : new String[] {"v1/users/me", "/v1/users/me/", "v1/users/me/2fa", "v1/users/me/2fa/confirm"}) {
            assertTrue(ApiKeyFilter.enrolmentPath(ok), ok);
        }
        for (String no : new String[] {"v1/workflows", "v1/users/me/api_keys", "v1/users/me/2faX", "v1/users/me/sessions",
                "v1/users/me/password", "v1/workspaces/o_1"}) {
            assertFalse(ApiKeyFilter.enrolmentPath(no), no);
        }
    }
}
