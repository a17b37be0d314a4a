package io.millrace.domain.workflow;

import io.millrace.domain.source.TimerSpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The stored timer of one schedule trigger of an active workflow (MR_SCHEDULE_TIMER): when it fires next and
 * when it last fired, so schedules survive restarts, and the one row every server node claims a tick on
 * ({@link ScheduleTimerRepository#claim}). The schedule it was computed for ({@code spec}) is kept too: a
 * deployment that changes the schedule starts the timer again.
 */
@Entity
@Table(name = "MR_SCHEDULE_TIMER")
public class ScheduleTimer {
    @Id
    @Column(length = 64)
    private String id;
    @Column(nullable = false, length = 32)
    private String workflowId;
    @Column(nullable = false, length = 400)
    private String spec;
    private long nextFireAt;
    private Long lastFiredAt;

    protected ScheduleTimer() {
    }

    /** A new timer of trigger {@code triggerId}: its first tick after {@code nowMs}. */
    public ScheduleTimer(String triggerId, String workflowId, TimerSpec timer, long nowMs) {
        this.id = triggerId;
        this.workflowId = workflowId;
        this.spec = specOf(timer);
        this.nextFireAt = timer.first(nowMs);
    }

    /** The text a timer is compared by: its API form (cron, interval, time zone). */
    public static String specOf(TimerSpec timer) {
        return timer.toJson().toString();
    }

    /** Whether this timer was computed for the schedule {@code timer}. */
    public boolean runs(TimerSpec timer) {
        return spec.equals(specOf(timer));
    }

    /** Whether its tick has come at {@code nowMs}. */
    public boolean due(long nowMs) {
        return nextFireAt <= nowMs;
    }

    /**
     * The tick after the due one, seen at {@code nowMs}: ticks missed while no server ran are skipped (the due one,
     * however late, fires once).
     */
    public long following(TimerSpec timer, long nowMs) {
        return timer.next(nextFireAt, nowMs);
    }

    public String id() { return id; }
    public String workflowId() { return workflowId; }
    public String spec() { return spec; }
    public long nextFireAt() { return nextFireAt; }
    public Long lastFiredAt() { return lastFiredAt; }
}
