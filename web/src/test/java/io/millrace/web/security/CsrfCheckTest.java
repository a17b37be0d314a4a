package io.millrace.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfCheckTest {
    @Test
    void onlyReadingMethodsAreSafe() {
        for (String m : new String[] {"GET", "HEAD", "OPTIONS", "get"}) {
            assertFalse(CsrfCheck.changesState(m), m);
        }
        for (String m : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertTrue(CsrfCheck.changesState(m), m);
        }
    }

    @Test
    void noOriginHeaderIsAccepted() {
        assertTrue(CsrfCheck.originAllowed(null, "http", "millrace.example:9080", null));
    }

    @Test
    void theOriginMustBeTheServerAsReachedOrByItsBaseUrl() {
        assertTrue(CsrfCheck.originAllowed("http://millrace.example:9080", "http", "millrace.example:9080", null));
        assertTrue(CsrfCheck.originAllowed("https://Millrace.Example", "https", "millrace.example:443", null));
        assertTrue(CsrfCheck.originAllowed("https://millrace.example", "http", "10.0.0.5:9080",
                "https://millrace.example/"));
        assertFalse(CsrfCheck.originAllowed("https://evil.example", "https", "millrace.example", null));
        assertFalse(CsrfCheck.originAllowed("http://millrace.example", "https", "millrace.example", null),
                "another scheme is another origin");
        assertFalse(CsrfCheck.originAllowed("http://millrace.example:9081", "http", "millrace.example:9080", null));
        assertFalse(CsrfCheck.originAllowed("null", "http", "millrace.example", null), "an opaque origin");
        assertFalse(CsrfCheck.originAllowed("not a url", "http", "millrace.example", null));
    }
}
