package io.millrace.domain.signin;

import java.time.Duration;

/**
 * When a browser session ends by itself: after {@code idle} without a request, and {@code max} after it
 * began, whichever comes first. The last-seen time is written at most every {@link #seenEvery} (a tenth of
 * the idle timeout, at most a minute), so the idle timeout is kept to within that.
 */
public record SessionTimeouts(Duration idle, Duration max) {
    public static final SessionTimeouts DEFAULT = new SessionTimeouts(Duration.ofMinutes(30), Duration.ofHours(12));

    public SessionTimeouts {
        if (idle.isNegative() || idle.isZero() || max.isNegative() || max.isZero()) {
            throw new IllegalArgumentException("session timeouts must be positive");
        }
    }

    /** Timeouts from (possibly fractional) minutes and hours, as the server variables give them. */
    public static SessionTimeouts of(double idleMinutes, double maxHours) {
        if (!(idleMinutes > 0) || !(maxHours > 0) || Double.isInfinite(idleMinutes) || Double.isInfinite(maxHours)) {
            throw new IllegalArgumentException("session timeouts must be positive numbers");
        }
        return new SessionTimeouts(Duration.ofMillis(Math.round(idleMinutes * 60_000)),
                Duration.ofMillis(Math.round(maxHours * 3_600_000)));
    }

    /** When the session ends unless it is seen again (epoch ms). */
    public long expiresAt(BrowserSession session) {
        return Math.min(session.lastSeenAt() + idle.toMillis(), session.createdAt() + max.toMillis());
    }

    public boolean expired(BrowserSession session, long now) {
        return now >= expiresAt(session);
    }

    public Duration seenEvery() {
        Duration tenth = idle.dividedBy(10);
        return tenth.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : tenth;
    }

    /** Whether a request at {@code now} should update the stored last-seen time. */
    public boolean worthRecording(BrowserSession session, long now) {
        return now - session.lastSeenAt() >= seenEvery().toMillis();
    }
}
