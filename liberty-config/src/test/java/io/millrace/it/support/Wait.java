package io.millrace.it.support;

import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting in the tests: short pauses between polls, sleeps, and polling until a condition holds. */
public final class Wait {
    private Wait() {
    }

    /** 100 ms between two polls (an interrupt ends it early and is kept). */
    public static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sleeps {@code ms}; an interrupt fails the test. */
    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Reads until {@code done} holds (and returns what was read), failing after {@code seconds}. */
    public static <T> T until(String what, int seconds, Supplier<T> read, Predicate<T> done) {
        Instant until = Instant.now().plusSeconds(seconds);
        T last = read.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what + "; last: " + last);
            }
            pause();
            last = read.get();
        }
        return last;
    }
}
