package io.millrace.runtime;

import java.util.List;

/**
 * What a step did.
 *
 * @param returnValueJson the JSON of the value {@code run} returned, or null when it returned undefined
 * @param exportsJson     JSON object of the values passed to {@code $.export(name, value)} ("{}" when none)
 * @param logs            console output in order
 * @param error           the error the step threw, or null on success
 * @param timedOut        true when the deadline passed and the step was stopped
 */
public record StepOutcome(String returnValueJson, String exportsJson, List<LogEntry> logs, StepError error,
                          boolean timedOut) {

    public boolean succeeded() {
        return error == null && !timedOut;
    }
}
