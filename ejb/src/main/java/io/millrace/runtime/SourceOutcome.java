package io.millrace.runtime;

import java.util.List;

/**
 * What one source phase did.
 *
 * @param emissions the events it emitted, in order (before any dedupe, which the caller applies)
 * @param dbJson    JSON object of its {@code $.service.db} contents after the run (the input's when it failed)
 * @param logs      console output in order
 * @param error     the error it threw, or null
 * @param timedOut  true when the deadline passed and it was stopped
 */
public record SourceOutcome(List<Emission> emissions, String dbJson, List<LogEntry> logs, StepError error,
                            boolean timedOut) {
    public SourceOutcome {
        emissions = List.copyOf(emissions);
        logs = List.copyOf(logs);
    }

    public boolean succeeded() {
        return error == null && !timedOut;
    }
}
