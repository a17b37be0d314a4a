package io.millrace.orchestrator;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.StepSpec;
import java.util.List;
import java.util.Objects;

/** What an execution does next. */
public sealed interface Decision {

    /**
     * Run the step at {@code position}, placed at {@code path} (null: in the top segment; see
     * {@code StepRun.at}), which sees the results in {@code visible} as its {@code steps} (those of its own segment
     * before it and of its ancestors). {@code visible} follows from the others, so equality leaves it out.
     */
    record RunStep(int position, StepSpec step, String path, List<StepRun> visible) implements Decision {
        /** A step of the top segment. */
        public RunStep(int position, StepSpec step) {
            this(position, step, null, List.of());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RunStep r && r.position == position && r.step.equals(step)
                    && Objects.equals(r.path, path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(position, step, path);
        }
    }

    /**
     * A control-flow block's phase (start, end) or a filter, end-workflow or delay block decided without running
     * code: store {@code record} (the runner sets its times: from {@code startedAt} when it is set, else now) and
     * ask again; after a delay block, sleep {@code sleepMillis} first.
     */
    record Settle(StepRun record, Long sleepMillis) implements Decision {
    }

    /** The execution is over with {@code status}. */
    record Finish(ExecutionStatus status) implements Decision {
    }

    /**
     * The step at {@code position} failed and is retried: the execution pauses, keeping the failed attempt
     * as a paused result, and runs that step again (retry number {@code retry}, 1-based) after {@code delayMillis}.
     */
    record RetryLater(int position, int retry, long delayMillis) implements Decision {
    }

    /**
     * Hand parallel branches or loop items to workers: store {@code markers} (one per lane, keyed by the lane's
     * prefix without its last '/', e.g. {@code fan/a} or {@code each/3}; their insert is the claim, so a lane is
     * handed out once) and queue a message for each lane, in one transaction. The worker may keep the first lane
     * for itself. {@code enclosing} is the part of the tree the block is in, which the worker that joins it runs on.
     */
    record Fork(List<StepRun> markers, String enclosing) implements Decision {
    }

    /**
     * Every lane of a parallel block or loop is done: store its end {@code record} unless another worker already has
     * (the insert decides, exactly once), and go on running part {@code enclosing}; else stop.
     */
    record Join(StepRun record, String enclosing) implements Decision {
    }

    /** What is left of the execution is run by other workers: this one stops without ending it. */
    record Wait() implements Decision {
    }

    /** A step called {@code $.flow.delay}: the execution pauses and runs its next step after {@code delayMillis}. */
    record Sleep(long delayMillis) implements Decision {
    }
}
