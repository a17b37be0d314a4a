package io.millrace.domain.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.InvalidInputException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailDomainsTest {
    @Test
    void domainsAreLowerCasedAndDeduplicated() {
        assertEquals(List.of("example.com", "sub.example.org"),
                EmailDomains.check(List.of("Example.COM", " sub.example.org ", "example.com"), "allowed_domains"));
    }

    @Test
    void addressesWildcardsAndBareNamesAreRefusedNamingTheField() {
        for (String bad : List.of("a@example.com", "*.example.com", "localhost", "", "exa mple.com", "-x.com")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> EmailDomains.check(List.of(bad), "allowed_domains"), bad);
            assertEquals("allowed_domains", e.field());
        }
        assertThrows(InvalidInputException.class,
                () -> EmailDomains.check(Collections.nCopies(21, "example.com"), "sso_domains"));
    }

    @Test
    void theDomainOfAnAddress() {
        assertEquals("example.com", EmailDomains.domainOf("Ann@Example.com"));
        assertNull(EmailDomains.domainOf(null));
    }
}
