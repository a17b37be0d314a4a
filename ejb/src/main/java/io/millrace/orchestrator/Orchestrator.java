package io.millrace.orchestrator;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.StepSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides what an execution does next: run a step, finish, retry a failed step later, or sleep after
 * {@code $.flow.delay}. A step that called {@code $.flow.exit} ends the execution successfully; a step whose
 * result is {@code paused} (it failed and waits to be retried, or asked for {@code $.flow.rerun}) runs again; a
 * step still {@linkplain StepRun#suspended() suspended} when the execution runs again timed out, which cancels it. Pure: no I/O and no clock, so an
 * execution interrupted at any point resumes at the first step without a stored result, and a finished step
 * is never run twice.
 */
public final class Orchestrator {
    private Orchestrator() {
    }

    /** What a run of the execution does first (fresh, or resumed after a crash, a retry or a delay): from the stored results alone. */
    public static Decision next(List<StepSpec> steps, List<StepRun> stored) {
        int position = 0;
        for (StepRun run : stored) {
            if (run.position() != position) {
                break;
            }
            if (run.status() == ExecutionStatus.PAUSED) {
                return new Decision.RunStep(position, steps.get(position));
            }
            if (run.status() != ExecutionStatus.SUCCESS) {
                return new Decision.Finish(run.status());
            }
            if (run.flowExitReason() != null) {
                return new Decision.Finish(ExecutionStatus.SUCCESS);
            }
            if (run.suspended()) {
                return new Decision.Finish(ExecutionStatus.CANCELLED); // its $.flow.suspend timed out
            }
            position++;
        }
        if (position >= steps.size()) {
            return new Decision.Finish(ExecutionStatus.SUCCESS);
        }
        return new Decision.RunStep(position, steps.get(position));
    }

    /**
     * What the execution does after the step of {@code result} finished, in this order: a failed step is
     * retried later when {@code retries} allow it; a step that asked for a delay sleeps, unless it also exited
     * the flow (the exit wins); otherwise as {@link #next} with {@code result} in place.
     *
     * @param stored      the results so far, without {@code result}
     * @param delayMillis what the step asked for with {@code $.flow.delay}, or null
     */
    public static Decision after(List<StepSpec> steps, List<StepRun> stored, StepRun result, Long delayMillis,
                                 Retries retries) {
        Decision.RetryLater retry = retries.of(result);
        if (retry != null) {
            return retry;
        }
        if (delayMillis != null && result.flowExitReason() == null) {
            return new Decision.Sleep(delayMillis);
        }
        return next(steps, withResult(stored, result));
    }

    /** The results in step order with {@code result} in place of an earlier attempt at the same step. */
    public static List<StepRun> withResult(List<StepRun> results, StepRun result) {
        List<StepRun> out = new ArrayList<>(results.size() + 1);
        for (StepRun run : results) {
            if (run.position() != result.position()) {
                out.add(run);
            }
        }
        out.add(result);
        out.sort(Comparator.comparingInt(StepRun::position));
        return List.copyOf(out);
    }
}
