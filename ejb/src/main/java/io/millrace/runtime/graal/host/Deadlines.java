package io.millrace.runtime.graal.host;

import java.time.Duration;
import java.time.Instant;

/** Time left until a run's deadline, in the form the scheduler, the event loop and HTTP timeouts take it. */
public final class Deadlines {

    private Deadlines() {
    }

    /** Milliseconds from now to {@code deadline}: 0 when past, Long.MAX_VALUE when null or far away. */
    public static long millisUntil(Instant deadline) {
        if (deadline == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        } catch (ArithmeticException farAway) {
            return Long.MAX_VALUE;
        }
    }
}
