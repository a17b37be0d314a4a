package io.millrace.runtime;

/**
 * Which run of a step an invocation is, as the step sees it in {@code $.context}.
 *
 * @param stepRunId {@code $.context.step_run_id}: the same every time this step of this execution runs (again after
 *                  a crash or a redelivery, and on a retry after a failure), different for every other step and
 *                  execution; a key for making a step's effects idempotent. Null when the step runs outside an
 *                  execution (a test run)
 * @param runs      {@code $.context.run.runs}: 1 on the step's first run, one more for every earlier run of the same
 *                  step in the same execution: a failed attempt that is retried, a rerun asked for with
 *                  {@code $.flow.rerun}, or a run the server may have been in when it stopped
 * @param rerunJson for a run that {@code $.flow.rerun} asked for: a JSON object with {@code context} (what the earlier
 *                  run passed) and, when the rerun's {@code resume_url} was called, {@code callback_request}; these
 *                  become members of {@code $.context.run}. Null otherwise
 */
public record StepRunInfo(String stepRunId, int runs, String rerunJson) {
    /** A first run outside any execution. */
    public static final StepRunInfo FIRST = new StepRunInfo(null, 1);

    public StepRunInfo {
        if (runs < 1) {
            throw new IllegalArgumentException("runs start at 1, got " + runs);
        }
    }

    /** A run that no {@code $.flow.rerun} asked for. */
    public StepRunInfo(String stepRunId, int runs) {
        this(stepRunId, runs, null);
    }
}
