package io.millrace.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The transitions of an execution, as drawn in docs/architecture.md ("Execution states"). */
class ExecutionTest {

    private static Execution queued() {
        return new Execution("ex_1", "p_1", "d_1", "hi_1", "{}", "{}", 100);
    }

    private static Execution executing() {
        Execution e = queued();
        e.dispatch(100);
        e.start(200);
        return e;
    }

    @Test
    void aQueuedExecutionIsDispatchedOnceThenStarts() {
        Execution e = queued();
        e.dispatch(150);
        assertTrue(e.dispatched());
        assertEquals(ExecutionStatus.QUEUED, e.status());
        assertThrows(IllegalStateException.class, () -> e.dispatch(160));
        e.start(200);
        assertEquals(ExecutionStatus.EXECUTING, e.status());
        assertEquals(200L, e.startedAt());
    }

    @Test
    void aRedeliveredMessageStartsAnExecutingExecutionAgainAndKeepsItsFirstStart() {
        Execution e = executing();
        e.start(900);
        assertEquals(ExecutionStatus.EXECUTING, e.status());
        assertEquals(200L, e.startedAt());
    }

    @Test
    void aStartWhileExecutingCountsAnInterruptionUntilTheRunGetsPastItOrPauses() {
        Execution e = executing();
        assertEquals(0, e.interruptions());
        e.start(900);
        e.start(950);
        assertEquals(2, e.interruptions());
        e.passInterruptions();
        assertEquals(0, e.interruptions());
        e.start(1000);
        e.pause(2000);
        assertEquals(0, e.interruptions(), "a retry pause");
        e.start(2001);
        assertEquals(0, e.interruptions(), "a start from paused is no interruption");
        e.start(2002);
        e.delay(3000);
        assertEquals(0, e.interruptions(), "a delay");
    }

    @Test
    void aRetryPausesWithOneMoreAttemptAndADelayWithout() {
        Execution e = executing();
        e.pause(5000);
        assertEquals(ExecutionStatus.PAUSED, e.status());
        assertEquals(1, e.attempts());
        assertEquals(5000L, e.resumeAt());
        e.start(5001);
        assertEquals(ExecutionStatus.EXECUTING, e.status());
        assertEquals(null, e.resumeAt());
        e.delay(9000);
        assertEquals(ExecutionStatus.PAUSED, e.status());
        assertEquals(1, e.attempts());
    }

    @Test
    void onlyAnExecutingExecutionPauses() {
        assertThrows(IllegalStateException.class, () -> queued().pause(1));
        assertThrows(IllegalStateException.class, () -> queued().delay(1));
        Execution paused = executing();
        paused.delay(1);
        assertThrows(IllegalStateException.class, () -> paused.pause(2));
        Execution cancelled = executing();
        cancelled.finish(ExecutionStatus.CANCELLED, null, 300);
        assertThrows(IllegalStateException.class, () -> cancelled.pause(2));
        assertThrows(IllegalStateException.class, () -> cancelled.delay(2));
    }

    @Test
    void anExecutionEndsOnceFromAnyOpenState() {
        for (Execution e : new Execution[] {queued(), executing(), paused()}) {
            e.finish(ExecutionStatus.CANCELLED, "{\"name\":\"Cancelled\"}", 400);
            assertEquals(ExecutionStatus.CANCELLED, e.status());
            assertEquals(400L, e.finishedAt());
            assertThrows(IllegalStateException.class, () -> e.finish(ExecutionStatus.SUCCESS, null, 500));
            assertEquals(ExecutionStatus.CANCELLED, e.status());
        }
    }

    @Test
    void anExecutionRefusedAtTheDoorStartedWhenItEnded() {
        Execution e = queued();
        e.finish(ExecutionStatus.ERROR, "{}", 300);
        assertEquals(300L, e.startedAt());
    }

    @Test
    void aFinishedExecutionNeitherStartsNorTakesANewRunTokenAndNoMessageRunsIt() {
        Execution e = executing();
        int token = e.runToken();
        e.finish(ExecutionStatus.SUCCESS, null, 300);
        assertFalse(e.runnableBy(token));
        assertThrows(IllegalStateException.class, () -> e.start(400));
        assertThrows(IllegalStateException.class, e::newRunToken);
    }

    @Test
    void anExecutionFinishesOnlyWithAFinalStatus() {
        assertThrows(IllegalStateException.class, () -> executing().finish(ExecutionStatus.PAUSED, null, 1));
        assertThrows(IllegalStateException.class, () -> executing().finish(ExecutionStatus.QUEUED, null, 1));
    }

    @Test
    void aNewRunTokenSupersedesEarlierMessages() {
        Execution e = paused();
        int old = e.runToken();
        int next = e.newRunToken();
        assertEquals(old + 1, next);
        assertFalse(e.runnableBy(old));
        assertTrue(e.runnableBy(next));
    }

    private static Execution paused() {
        Execution e = executing();
        e.pause(1000);
        return e;
    }
}
