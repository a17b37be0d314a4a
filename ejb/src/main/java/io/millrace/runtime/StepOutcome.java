package io.millrace.runtime;

import java.util.List;

/**
 * What a step did.
 *
 * @param returnValueJson the JSON of the value {@code run} returned, or null when it returned undefined
 * @param exportsJson     JSON object of the values passed to {@code $.export(name, value)} ("{}" when none);
 *                        {@code $.summary = text} is recorded as the export {@code $summary}
 * @param logs            console output in order
 * @param error           the error the step threw, or null on success
 * @param timedOut        true when the deadline passed and the step was stopped
 * @param flowExitReason  null unless the step called {@code $.flow.exit(reason)}; then the reason it gave
 *                        ("" when none). When the step also {@link #succeeded() succeeded}, the execution
 *                        ends successfully after this step: no later step runs
 * @param effects         false only when the step certainly had no effect outside its own result: it made no
 *                        HTTP request, touched no file, sent no response and called no other host service
 *                        with effects. Running such a step again gives nobody a second effect, so its result
 *                        may be stored together with a later one instead of at once
 */
public record StepOutcome(String returnValueJson, String exportsJson, List<LogEntry> logs, StepError error,
                          boolean timedOut, String flowExitReason, boolean effects) {

    /** An outcome of a step that did not call {@code $.flow.exit}, assumed to have had effects. */
    public StepOutcome(String returnValueJson, String exportsJson, List<LogEntry> logs, StepError error,
                       boolean timedOut) {
        this(returnValueJson, exportsJson, logs, error, timedOut, null, true);
    }

    /** An outcome assumed to have had effects. */
    public StepOutcome(String returnValueJson, String exportsJson, List<LogEntry> logs, StepError error,
                       boolean timedOut, String flowExitReason) {
        this(returnValueJson, exportsJson, logs, error, timedOut, flowExitReason, true);
    }

    public boolean succeeded() {
        return error == null && !timedOut;
    }

    /** True when the step succeeded and called {@code $.flow.exit}: the execution ends after it, successfully. */
    public boolean endsExecution() {
        return flowExitReason != null && succeeded();
    }
}
