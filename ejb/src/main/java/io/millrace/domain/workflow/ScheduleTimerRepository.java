package io.millrace.domain.workflow;

import java.util.List;
import java.util.Optional;

/** The stored {@link ScheduleTimer}s. */
public interface ScheduleTimerRepository {
    /** Every stored timer (one per schedule trigger of an active workflow). */
    List<ScheduleTimer> all();

    /** The timers of one workflow. */
    List<ScheduleTimer> ofWorkflow(String workflowId);

    /** Stores a new timer; a second insert of the same trigger (another node) fails on the key. */
    void insert(ScheduleTimer timer);

    /**
     * Claims the tick {@code dueMs} of timer {@code id}: one conditional UPDATE that moves the timer to
     * {@code nextMs} (and remembers {@code dueMs} as the last fired tick) only while it still stands at
     * {@code dueMs}. Of several nodes claiming the same tick, exactly one gets true; the others' UPDATE waits
     * for the winner's transaction and then matches no row.
     */
    boolean claim(String id, long dueMs, long nextMs);

    /** Starts timer {@code id} again for a changed schedule {@code spec}, unless another node already did. */
    boolean restart(String id, String oldSpec, String spec, long nextMs);

    /** Deletes timer {@code id} (its workflow was turned off or deleted, or the trigger removed). */
    void delete(String id);

    Optional<ScheduleTimer> find(String id);
}
