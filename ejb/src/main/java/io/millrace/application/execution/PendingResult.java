package io.millrace.application.execution;

import io.millrace.domain.execution.StepRun;

/**
 * A step result that a run holds and has not stored yet, and how it is stored: as a new row, or in place of
 * the result stored at its position when the run started (the paused attempt of a step being retried).
 */
public record PendingResult(StepRun run, boolean replaces) {
}
