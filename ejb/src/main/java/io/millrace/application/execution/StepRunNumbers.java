package io.millrace.application.execution;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the runs of one execution's steps for {@code $.context.run.runs}. A step's first run is 1; the retry of a
 * failed attempt (stored as paused) is one more than that attempt. A run of the execution that resumed after
 * interruptions (its message came back after the server stopped mid-run) adds them to every step it runs until it
 * has stored the result of a step with effects: any of those steps may have been running when the server stopped,
 * none after them can have been (a result with effects is stored before the next step starts).
 */
final class StepRunNumbers {
    /** The run number of each stored paused attempt, by the result's id. */
    private final Map<String, Integer> attempts = new HashMap<>();
    private int interruptions;

    StepRunNumbers(List<StepRun> stored, int interruptions) {
        for (StepRun run : stored) {
            if (run.status() == ExecutionStatus.PAUSED) {
                attempts.put(run.id(), run.runs());
            }
        }
        this.interruptions = interruptions;
    }

    /** The number of the run of the step whose result will have {@code id} that is about to start. */
    int next(String id) {
        return attempts.getOrDefault(id, 0) + 1 + interruptions;
    }

    /** Whether the steps about to run still count the interruptions. */
    boolean afterInterruption() {
        return interruptions > 0;
    }

    /** A step with effects stored its result: the steps after it had not started before the interruption. */
    void pastInterruption() {
        interruptions = 0;
    }
}
