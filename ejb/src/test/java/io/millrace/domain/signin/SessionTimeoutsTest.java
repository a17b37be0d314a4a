package io.millrace.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionTimeoutsTest {
    private final SessionTimeouts timeouts = SessionTimeouts.of(30, 12);

    @Test
    void aSessionEndsWhenIdleOrTooOldWhicheverComesFirst() {
        BrowserSession s = new BrowserSession("ses_1", "h", "u_1", 0, "127.0.0.1", "ua");
        assertEquals(Duration.ofMinutes(30).toMillis(), timeouts.expiresAt(s));
        assertFalse(timeouts.expired(s, Duration.ofMinutes(29).toMillis()));
        assertTrue(timeouts.expired(s, Duration.ofMinutes(30).toMillis()));
        long late = Duration.ofHours(12).toMillis() - 1000;
        s.seen(late);
        assertEquals(Duration.ofHours(12).toMillis(), timeouts.expiresAt(s), "the absolute timeout caps it");
        assertTrue(timeouts.expired(s, Duration.ofHours(12).toMillis()));
    }

    @Test
    void lastSeenIsWrittenAtMostEveryMinuteOrATenthOfTheIdleTimeout() {
        assertEquals(Duration.ofMinutes(1), timeouts.seenEvery());
        SessionTimeouts shortOnes = SessionTimeouts.of(0.05, 1); // 3 s idle
        assertEquals(Duration.ofMillis(300), shortOnes.seenEvery());
        BrowserSession s = new BrowserSession("ses_1", "h", "u_1", 0, null, null);
        assertFalse(shortOnes.worthRecording(s, 299));
        assertTrue(shortOnes.worthRecording(s, 300));
    }

    @Test
    void timeoutsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> SessionTimeouts.of(0, 12));
        assertThrows(IllegalArgumentException.class, () -> SessionTimeouts.of(30, -1));
        assertThrows(IllegalArgumentException.class, () -> SessionTimeouts.of(Double.NaN, 1));
    }

    @Test
    void longAddressesAndAgentsAreShortened() {
        BrowserSession s = new BrowserSession("ses_1", "h", "u_1", 0, "a".repeat(100), "b".repeat(400));
        assertEquals(64, s.address().length());
        assertEquals(255, s.userAgent().length());
    }

    @Test
    void theCsrfTokenBelongsToItsSessionAndIsComparedWholly() {
        String token = SessionTokens.newToken();
        String csrf = SessionTokens.csrf(token);
        assertTrue(SessionTokens.csrfMatches(token, csrf));
        assertFalse(SessionTokens.csrfMatches(SessionTokens.newToken(), csrf));
        assertFalse(SessionTokens.csrfMatches(token, csrf.substring(1)));
        assertFalse(SessionTokens.csrfMatches(token, null));
        assertFalse(csrf.contains(token));
    }
}
