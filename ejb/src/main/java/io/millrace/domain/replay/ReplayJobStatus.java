package io.millrace.domain.replay;

import java.util.Locale;

/**
 * The states of a replay job, and what each allows. {@code starting} until the batch job runs, {@code running},
 * {@code stopping} after a stop was asked until the batch job stopped, then {@code stopped}; {@code completed} when
 * every item was handled (some may have failed or been skipped), {@code failed} when the batch job failed;
 * {@code abandoned} for good.
 */
public enum ReplayJobStatus {
    STARTING, RUNNING, STOPPING, STOPPED, COMPLETED, FAILED, ABANDONED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the batch job may be working on it (a stop is possible). */
    public boolean active() {
        return this == STARTING || this == RUNNING;
    }

    /** Whether it may be stopped now. */
    public boolean stoppable() {
        return active();
    }

    /** Whether it may be restarted from its checkpoint now. */
    public boolean restartable() {
        return this == STOPPED || this == FAILED;
    }

    /** Whether it may be abandoned now (never again restartable). */
    public boolean abandonable() {
        return this == STOPPED || this == FAILED;
    }

    /** Whether nothing will change it any more by itself. */
    public boolean settled() {
        return this == STOPPED || this == COMPLETED || this == FAILED || this == ABANDONED;
    }

    /** Whether a server start should restart it (it was working when the server stopped). */
    public boolean interruptedByCrash() {
        return this == STARTING || this == RUNNING;
    }
}
