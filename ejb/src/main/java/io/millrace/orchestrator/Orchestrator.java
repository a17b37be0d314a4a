package io.millrace.orchestrator;

import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.StepSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides what an execution does next: run a step, record a control-flow block's phase, finish, retry a failed
 * step later, or sleep after {@code $.flow.delay} or a delay block. A step that called {@code $.flow.exit} (or an
 * end-workflow block, or a filter that stops) ends the execution successfully; a step whose result is
 * {@code paused} (it failed and waits to be retried, or asked for {@code $.flow.rerun}) runs again; a step still
 * {@linkplain StepRun#suspended() suspended} when the execution runs again timed out, which cancels it. Blocks are walked segment by segment
 * ({@link FlowWalk}): branches in their order, loop items in theirs. Pure: no I/O and no clock, so an execution
 * interrupted at any point resumes at the first step or phase without a stored result, and a finished step is
 * never run twice.
 */
public final class Orchestrator {
    private Orchestrator() {
    }

    /** What a run of a workflow without blocks does first; see {@link #next(List, List, FlowInput)}. */
    public static Decision next(List<StepSpec> steps, List<StepRun> stored) {
        return next(steps, stored, FlowInput.NONE);
    }

    /** What a run of the execution does first (fresh, or resumed after a crash, a retry or a delay): from the stored results alone. */
    public static Decision next(List<StepSpec> steps, List<StepRun> stored, FlowInput input) {
        return next(steps, stored, input, null);
    }

    /**
     * As {@link #next(List, List, FlowInput)} for a worker that runs the part {@code scope} of the execution
     * (see {@link Decision.Fork}; {@code ""}: the whole, handing out parallel branches and loop items to workers of
     * their own; null: one worker runs everything in order). {@link Decision.Wait} when the rest is other workers'.
     */
    public static Decision next(List<StepSpec> steps, List<StepRun> stored, FlowInput input, String scope) {
        FlowWalk.Outcome outcome = new FlowWalk(steps, stored, input, scope).segment(steps, "", List.of(), "");
        if (outcome instanceof FlowWalk.Act act) {
            return act.decision();
        }
        if (outcome instanceof FlowWalk.Busy) {
            return new Decision.Wait();
        }
        if (outcome instanceof FlowWalk.Stop stop) {
            return new Decision.Finish(stop.status());
        }
        return new Decision.Finish(io.millrace.domain.execution.ExecutionStatus.SUCCESS);
    }

    /** As {@link #after(List, List, StepRun, Long, Retries, FlowInput)} for a workflow without blocks. */
    public static Decision after(List<StepSpec> steps, List<StepRun> stored, StepRun result, Long delayMillis,
                                 Retries retries) {
        return after(steps, stored, result, delayMillis, retries, FlowInput.NONE);
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
                                 Retries retries, FlowInput input) {
        return after(steps, stored, result, delayMillis, retries, input, null);
    }

    /** As {@link #after(List, List, StepRun, Long, Retries, FlowInput)} for a worker of part {@code scope}. */
    public static Decision after(List<StepSpec> steps, List<StepRun> stored, StepRun result, Long delayMillis,
                                 Retries retries, FlowInput input, String scope) {
        Decision.RetryLater retry = retries.of(result);
        if (retry != null) {
            return retry;
        }
        if (delayMillis != null && result.flowExitReason() == null) {
            return new Decision.Sleep(delayMillis);
        }
        return next(steps, withResult(stored, result), input, scope);
    }

    /**
     * The scopes of the lanes handed out so far (a stored marker each, e.g. {@code each/0/} and
     * {@code each/0/fan/a/}), finished or not: the messages that run them again after a crash.
     */
    public static List<String> handedOut(List<StepSpec> steps, List<StepRun> stored) {
        java.util.Set<String> forking = new java.util.HashSet<>();
        collectForking(steps, forking);
        List<String> scopes = new ArrayList<>();
        for (StepRun run : stored) {
            String path = run.key();
            if (forking.contains(run.stepName()) && path.contains("/") && run.exportsJson() != null
                    && io.millrace.shared.JsonText.parseObject(run.exportsJson())
                    .get("lane") instanceof jakarta.json.JsonString lane && path.endsWith("/" + lane.getString())) {
                scopes.add(path + "/");
            }
        }
        return scopes;
    }

    private static void collectForking(List<StepSpec> steps, java.util.Set<String> names) {
        for (StepSpec step : steps) {
            if (step.isBlock() && step.block().hasSegments()) {
                String kind = step.block().kind();
                if (kind.equals(io.millrace.domain.workflow.Block.PARALLEL)
                        || kind.equals(io.millrace.domain.workflow.Block.LOOP)) {
                    names.add(step.name());
                }
                step.block().branches().forEach(b -> collectForking(b.steps(), names));
            }
        }
    }

    /** The results in step order with {@code result} in place of an earlier attempt at the same step (same key). */
    public static List<StepRun> withResult(List<StepRun> results, StepRun result) {
        List<StepRun> out = new ArrayList<>(results.size() + 1);
        for (StepRun run : results) {
            if (!run.key().equals(result.key())) {
                out.add(run);
            }
        }
        out.add(result);
        out.sort(Comparator.comparingInt(StepRun::position));
        return List.copyOf(out);
    }
}
