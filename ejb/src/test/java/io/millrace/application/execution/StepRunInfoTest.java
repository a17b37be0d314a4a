package io.millrace.application.execution;

import static io.millrace.application.execution.ScriptedRuntime.crashes;
import static io.millrace.application.execution.ScriptedRuntime.fails;
import static io.millrace.application.execution.ScriptedRuntime.pure;
import static io.millrace.application.execution.ScriptedRuntime.withEffects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.workflow.Workflow;
import io.millrace.runtime.StepRunInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the runner tells each step about its run ({@code $.context.step_run_id} and {@code $.context.run.runs}): the
 * id stays the same for every run of one step of one execution; runs counts the earlier runs the step may have had.
 */
class StepRunInfoTest {
    private final EngineRig rig = new EngineRig();

    private List<StepRunInfo> runs() {
        return rig.runtime.invocations.stream().map(i -> i.run()).toList();
    }

    @Test
    void eachStepOfEachExecutionHasItsOwnIdAndItsFirstRunIsOne() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b");
        Execution one = rig.accept(wf, "{}");
        Execution two = rig.accept(wf, "{}");

        rig.deliver(one);
        rig.deliver(two);

        assertEquals(List.of(new StepRunInfo("ex_1:0", 1), new StepRunInfo("ex_1:1", 1),
                new StepRunInfo("ex_2:0", 1), new StepRunInfo("ex_2:1", 1)), runs());
        assertEquals(1, rig.stepRun(one, 1).runs());
    }

    @Test
    void stepsThatMayHaveBeenRunningAtACrashRunAgainWithTheSameIdsAndOneMoreRun() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b", "c");
        rig.runtime.on("a", withEffects("1")).on("b", pure("2")).on("c", crashes(), pure("3"));
        Execution ex = rig.accept(wf, "{}");
        assertThrows(ScriptedRuntime.Crash.class, () -> rig.deliver(ex));

        rig.deliver(ex); // redelivered after the restart

        assertEquals(List.of(new StepRunInfo("ex_1:0", 1), new StepRunInfo("ex_1:1", 1), new StepRunInfo("ex_1:2", 1),
                new StepRunInfo("ex_1:1", 2), new StepRunInfo("ex_1:2", 2)), runs());
        assertEquals(2, rig.stepRun(ex, 2).runs(), "the stored result says which run it came from");
        assertEquals(1, rig.stepRun(ex, 0).runs());
    }

    @Test
    void stepsAfterTheFirstStepWithEffectsOfAResumedRunCountFromOneAgain() {
        Workflow wf = rig.workflow("p_1", "{}", "a", "b", "c");
        rig.runtime.on("a", pure("1")).on("b", crashes(), withEffects("2")).on("c", crashes(), pure("3"));
        Execution ex = rig.accept(wf, "{}");
        assertThrows(ScriptedRuntime.Crash.class, () -> rig.deliver(ex)); // in b
        assertThrows(ScriptedRuntime.Crash.class, () -> rig.deliver(ex)); // in c, after b's effects were stored

        rig.deliver(ex);

        assertEquals(List.of(new StepRunInfo("ex_1:0", 1), new StepRunInfo("ex_1:1", 1),
                new StepRunInfo("ex_1:0", 2), new StepRunInfo("ex_1:1", 2), new StepRunInfo("ex_1:2", 1),
                new StepRunInfo("ex_1:2", 2)), runs());
        assertEquals(List.of("start", "start", "add [0, 1] past interruption", "start", "finish success [2]"),
                rig.transactions);
        assertEquals(ExecutionStatus.SUCCESS, rig.status(ex));
    }

    @Test
    void aRetryAfterAFailureKeepsTheIdAndCountsTheFailedAttempt() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true}", "a", "b");
        rig.runtime.on("a", fails("Error", "down"), fails("Error", "down"), withEffects("1"));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);
        assertEquals(1, rig.stepRun(ex, 0).runs(), "the paused attempt");
        rig.deliver(ex);
        rig.deliver(ex);

        assertEquals(List.of(new StepRunInfo("ex_1:0", 1), new StepRunInfo("ex_1:0", 2), new StepRunInfo("ex_1:0", 3),
                new StepRunInfo("ex_1:1", 1)), runs());
        assertEquals(3, rig.stepRun(ex, 0).runs());
    }

    @Test
    void aRetryThatWasInterruptedCountsBoth() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true}", "a");
        rig.runtime.on("a", fails("Error", "down"), crashes(), pure("1"));
        Execution ex = rig.accept(wf, "{}");

        rig.deliver(ex);
        assertThrows(ScriptedRuntime.Crash.class, () -> rig.deliver(ex)); // the retry, interrupted
        rig.deliver(ex);

        assertEquals(List.of(new StepRunInfo("ex_1:0", 1), new StepRunInfo("ex_1:0", 2), new StepRunInfo("ex_1:0", 3)),
                runs());
    }

    @Test
    void anInterruptionBeforeARetryPauseDoesNotCountForTheRetry() {
        Workflow wf = rig.workflow("p_1", "{\"auto_retry\":true}", "a");
        rig.runtime.on("a", crashes(), fails("Error", "down"), pure("1"));
        Execution ex = rig.accept(wf, "{}");

        assertThrows(ScriptedRuntime.Crash.class, () -> rig.deliver(ex));
        rig.deliver(ex); // run 2 fails and pauses
        rig.deliver(ex); // the retry

        assertEquals(List.of(new StepRunInfo("ex_1:0", 1), new StepRunInfo("ex_1:0", 2), new StepRunInfo("ex_1:0", 3)),
                runs());
        assertEquals(0, rig.executions.execution(ex.id()).orElseThrow().interruptions());
    }
}
