package io.millrace.application.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Slows down the guessing of credentials (API keys, access tokens, OAuth client secrets) per client
 * address, without locking anyone else out:
 * <ul>
 * <li>an address may fail {@link Limits#allowed} times; each further failure makes it wait before its
 *     next credential is even checked: 1 s, then 2 s, 4 s, … up to {@link Limits#longestWait} (then
 *     every failure makes it wait that long);</li>
 * <li>failures are forgotten once the address has been quiet for {@code longestWait} after its last
 *     wait ended;</li>
 * <li>a credential that succeeded from the address before (the last {@value #KNOWN_PER_ADDRESS} of them)
 *     is never made to wait there, so callers that work keep working; other addresses are not
 *     affected at all;</li>
 * <li>IPv6 addresses count by their /64 network (one host usually has a whole /64).</li>
 * </ul>
 * Credentials are given as digests (never the secret itself). The state is in memory, for the
 * {@value #ADDRESSES} addresses seen last, per server. Thread-safe; the clock is injected.
 */
public final class CredentialThrottle {
    static final int ADDRESSES = 10_000;
    static final int KNOWN_PER_ADDRESS = 16;

    /**
     * @param allowed     failures an address may have before it is slowed down
     * @param longestWait the longest wait, also how long an address must be quiet for its failures to be forgotten
     */
    public record Limits(int allowed, Duration longestWait) {
        public static final Limits DEFAULT = new Limits(10, Duration.ofMinutes(15));

        public Limits {
            if (allowed < 0 || longestWait.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("allowed must be 0 or more and the longest wait at least 1 s");
            }
        }
    }

    private final Clock clock;
    private final Limits limits;
    private final Map<String, Address> addresses = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Address> eldest) {
            return size() > ADDRESSES;
        }
    };

    private static final class Address {
        int failures;
        Instant lastFailure;
        Instant waitUntil;
        final Set<String> known = new LinkedHashSet<>();
    }

    public CredentialThrottle(Clock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** How long the address must wait before {@code credential} is checked; zero when it may be checked now. */
    public synchronized Duration waitBefore(String address, String credential) {
        Address a = addresses.get(key(address));
        if (a == null || a.waitUntil == null || a.known.contains(credential)) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        return now.isBefore(a.waitUntil) ? Duration.between(now, a.waitUntil) : Duration.ZERO;
    }

    /** A credential failed from the address; returns the wait this imposes (zero within the allowance). */
    public synchronized Duration failed(String address) {
        Address a = addresses.computeIfAbsent(key(address), k -> new Address());
        Instant now = clock.instant();
        if (a.lastFailure != null) {
            Instant quietFrom = a.waitUntil != null && a.waitUntil.isAfter(a.lastFailure) ? a.waitUntil : a.lastFailure;
            if (!now.isBefore(quietFrom.plus(limits.longestWait()))) {
                a.failures = 0;
            }
        }
        a.failures++;
        a.lastFailure = now;
        int beyond = a.failures - limits.allowed();
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration wait = beyond > 30 ? limits.longestWait() : Duration.ofSeconds(1L << (beyond - 1));
        if (wait.compareTo(limits.longestWait()) > 0) {
            wait = limits.longestWait();
        }
        a.waitUntil = now.plus(wait);
        return wait;
    }

    /** A credential succeeded from the address: it will not be made to wait there. */
    public synchronized void succeeded(String address, String credential) {
        Set<String> known = addresses.computeIfAbsent(key(address), k -> new Address()).known;
        known.remove(credential);
        known.add(credential);
        if (known.size() > KNOWN_PER_ADDRESS) {
            known.remove(known.iterator().next());
        }
    }

    /** A wait in whole seconds, rounded up, as {@code Retry-After} gives it (at least 1). */
    public static long seconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** What an address counts as: itself, or its /64 network for IPv6. */
    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no lookup
            if (bytes.length != 16) {
                return address;
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
