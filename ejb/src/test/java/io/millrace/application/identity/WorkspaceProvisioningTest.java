package io.millrace.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WorkspaceProvisioningTest {
    @Test
    void theDefaultOrgnameIsTheNameInLowerCaseWithDashes() {
        assertEquals("my-team", WorkspaceProvisioning.slug("My Team"));
        assertEquals("acme-co-2", WorkspaceProvisioning.slug("  ACME & Co. #2!"));
        assertEquals("", WorkspaceProvisioning.slug("!!!"));
        assertEquals(63, WorkspaceProvisioning.slug("a".repeat(100)).length());
        assertEquals("a".repeat(62), WorkspaceProvisioning.slug("a".repeat(62) + " b"), "no dash at the cut");
    }
}
