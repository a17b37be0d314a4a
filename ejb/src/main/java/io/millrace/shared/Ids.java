package io.millrace.shared;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers in Pipedream's style: a type prefix and random base62 characters
 * ({@code p_…} workflows, {@code hi_…} HTTP triggers, {@code u_…} users, {@code o_…} workspaces,
 * {@code proj_…} projects), and time-ordered ids for executions.
 */
public final class Ids {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String LOWER36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Ids() {
    }

    /** {@code prefix} + 8 random base62 characters, e.g. {@code p_Ab3dE9xQ}. */
    public static String random(String prefix) {
        return prefix + randomChars(BASE62, 8);
    }

    /** An HTTP trigger key: {@code e} + 15 lower-case alphanumerics, as the seed's endpoint keys. */
    public static String endpointKey() {
        return "e" + randomChars(LOWER36, 15);
    }

    /** A secret of 40 base62 characters. */
    public static String secret(String prefix) {
        return prefix + randomChars(BASE62, 40);
    }

    /**
     * A 27-character id that sorts by creation time: 8 characters of epoch milliseconds, 4 of a
     * per-process sequence, 15 random. Ids made in the same millisecond by one process keep their order.
     */
    public static String ordered(long epochMillis) {
        StringBuilder sb = new StringBuilder(27);
        appendFixed(sb, epochMillis, 8);
        appendFixed(sb, SEQUENCE.getAndIncrement() & 0xFFFFFFL, 4);
        sb.append(randomChars(BASE62, 15));
        return sb.toString();
    }

    private static void appendFixed(StringBuilder sb, long value, int width) {
        char[] out = new char[width];
        long v = value;
        for (int i = width - 1; i >= 0; i--) {
            out[i] = BASE62.charAt((int) (v % 62));
            v /= 62;
        }
        sb.append(out);
    }

    private static String randomChars(String alphabet, int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
        }
        return new String(out);
    }
}
