package io.millrace.domain.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.InvalidInputException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTargetsTest {
    @Test
    void addressesAreTrimmedAndDuplicatesLeftOut() {
        assertEquals(List.of("ops@example.com", "dev@example.org"), NotificationTargets.checkEmails(
                List.of(" ops@example.com", "dev@example.org", "OPS@example.com"), "notification_emails"));
    }

    @Test
    void aBadAddressIsNamedByItsIndex() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NotificationTargets.checkEmails(
                List.of("ops@example.com", "Ops <ops@example.com>"), "notification_emails"));
        assertEquals("notification_emails[1]", e.field());
        assertEquals("notification_emails", assertThrows(InvalidInputException.class, () -> NotificationTargets
                .checkEmails(Collections.nCopies(21, "a@example.com"), "notification_emails")).field());
    }

    @Test
    void webhookUrlsAreHttpOrHttpsWithAHost() {
        assertEquals("https://hooks.example.com/x?t=1",
                NotificationTargets.checkUrl(" https://hooks.example.com/x?t=1 ", "notification_webhook_url"));
        for (String bad : new String[]{"", "example.com", "ftp://example.com/", "http:///path", "http://exa mple.com/",
                "https://example.com/" + "a".repeat(2048)}) {
            assertEquals("notification_webhook_url", assertThrows(InvalidInputException.class,
                    () -> NotificationTargets.checkUrl(bad, "notification_webhook_url")).field(), bad);
        }
    }
}
