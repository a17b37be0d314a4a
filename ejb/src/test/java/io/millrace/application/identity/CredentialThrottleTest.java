package io.millrace.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialThrottleTest {
    private static final String ATTACKER = "203.0.113.7";
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final CredentialThrottle throttle = new CredentialThrottle(clock,
            new CredentialThrottle.Limits(3, Duration.ofSeconds(60)));

    private void pass(long seconds) {
        now = now.plusSeconds(seconds);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(ATTACKER);
        }
    }

    @Test
    void theAllowedFailuresCostNothingThenEachFurtherOneDoublesTheWaitUpToTheLongest() {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            waits.add(throttle.failed(ATTACKER).toSeconds());
        }
        assertEquals(List.of(0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L), waits);
        for (int i = 0; i < 40; i++) {
            throttle.failed(ATTACKER);
        }
        assertEquals(Duration.ofSeconds(60), throttle.waitBefore(ATTACKER, "guess"), "no overflow past 2^31");
    }

    @Test
    void whileItWaitsAnAddressGetsNoCheckOfANewCredential() {
        fail(4);
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore(ATTACKER, "guess"));
        now = now.plusMillis(400);
        assertEquals(Duration.ofMillis(600), throttle.waitBefore(ATTACKER, "guess"));
        assertEquals(1, CredentialThrottle.seconds(throttle.waitBefore(ATTACKER, "guess")), "Retry-After rounds up");
        now = now.plusMillis(600);
        assertEquals(Duration.ZERO, throttle.waitBefore(ATTACKER, "guess"));
        assertEquals(Duration.ofSeconds(2), throttle.failed(ATTACKER), "the next failure waits longer");
    }

    @Test
    void aCredentialThatWorkedFromTheAddressAndOtherAddressesAreNeverSlowedDown() {
        throttle.succeeded(ATTACKER, "colleague");
        fail(8);
        assertEquals(Duration.ofSeconds(16), throttle.waitBefore(ATTACKER, "guess"));
        assertEquals(Duration.ZERO, throttle.waitBefore(ATTACKER, "colleague"));
        assertEquals(Duration.ZERO, throttle.waitBefore("198.51.100.1", "guess"));
        assertEquals(Duration.ZERO, throttle.failed("198.51.100.1"), "another address has its own allowance");
    }

    @Test
    void onlyTheLastSixteenCredentialsOfAnAddressAreKnown() {
        for (int i = 0; i <= CredentialThrottle.KNOWN_PER_ADDRESS; i++) {
            throttle.succeeded(ATTACKER, "key" + i);
        }
        throttle.succeeded(ATTACKER, "key1");
        throttle.succeeded(ATTACKER, "newest");
        fail(4);
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore(ATTACKER, "key0"), "the oldest is forgotten");
        assertEquals(Duration.ZERO, throttle.waitBefore(ATTACKER, "key1"), "using one again keeps it");
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore(ATTACKER, "key2"));
        assertEquals(Duration.ZERO, throttle.waitBefore(ATTACKER, "newest"));
    }

    @Test
    void failuresAreForgottenAfterTheLongestWaitOfQuietAfterTheLastWaitEnded() {
        fail(3);
        pass(59);
        assertEquals(Duration.ofSeconds(1), throttle.failed(ATTACKER), "not quiet long enough");
        pass(60);
        assertEquals(Duration.ofSeconds(2), throttle.failed(ATTACKER), "quiet from the end of the wait only");
        pass(62);
        assertEquals(Duration.ZERO, throttle.failed(ATTACKER), "forgotten: a fresh allowance");
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertEquals("2001:db8:0:1:0:0:0:0/64", CredentialThrottle.key("2001:db8::1:1234:5678:9abc:def0"));
        assertEquals(CredentialThrottle.key("2001:db8:0:1::1"), CredentialThrottle.key("2001:db8:0:1:ffff::2"));
        assertEquals("203.0.113.7", CredentialThrottle.key("203.0.113.7"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("2001:db8:0:1::" + Integer.toHexString(i + 1));
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore("2001:db8:0:1::99", "guess"));
        assertEquals(Duration.ZERO, throttle.waitBefore("2001:db8:0:2::1", "guess"));
    }

    @Test
    void limitsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new CredentialThrottle.Limits(-1, Duration.ofSeconds(5)));
        assertThrows(IllegalArgumentException.class, () -> new CredentialThrottle.Limits(5, Duration.ZERO));
        assertEquals(10, CredentialThrottle.Limits.DEFAULT.allowed());
    }
}
