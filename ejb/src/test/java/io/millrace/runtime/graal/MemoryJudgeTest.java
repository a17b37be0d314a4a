package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The watchdog's verdicts on exact numbers: a limit of 100 bytes, a heap of 1,000, 70 % for pressure. */
class MemoryJudgeTest {

    private static final long MAX = 1_000;
    private final MemoryJudge judge = new MemoryJudge(100, 0.70);

    private static MemoryJudge.Heap heap(long afterGc, long used, boolean collected) {
        return new MemoryJudge.Heap(afterGc, used, MAX, collected);
    }

    private static List<Integer> stopped(List<MemoryJudge.Stop> stops) {
        return stops.stream().map(MemoryJudge.Stop::index).toList();
    }

    @Test
    void nothingIsStoppedWhileTheHeapIsNotFullAfterACollection() {
        assertTrue(judge.judge(new long[] {5_000, 900}, heap(700, 940, true)).isEmpty());
    }

    @Test
    void underPressureTheBiggestAllocatorOverTheLimitIsStoppedOncePerCollection() {
        assertEquals(List.of(1), stopped(judge.judge(new long[] {150, 400, 90}, heap(701, 800, true))));
        assertTrue(judge.judge(new long[] {150, 400, 90}, heap(701, 800, false)).isEmpty());
        assertTrue(judge.judge(new long[] {100, 99}, heap(800, 800, true)).isEmpty());
    }

    @Test
    void nearlyExhaustedEveryStepOverTheLimitIsStoppedAtOnceWithoutWaitingForACollection() {
        List<MemoryJudge.Stop> stops = judge.judge(new long[] {150, 400, 90, 101}, heap(851, 860, false));
        assertEquals(List.of(0, 1, 3), stopped(stops));
        assertTrue(stops.stream().allMatch(MemoryJudge.Stop::critical));
        assertEquals(List.of(0, 1), stopped(judge.judge(new long[] {150, 400}, heap(701, 951, false))));
    }

    @Test
    void nearlyExhaustedWithNoStepOverTheLimitTheBiggestPastAnEighthOfItIsStopped() {
        assertEquals(List.of(1), stopped(judge.judge(new long[] {20, 60, 12}, heap(900, 900, true))));
        assertTrue(judge.judge(new long[] {20, 60, 12}, heap(900, 900, false)).isEmpty(), "once per collection");
        assertTrue(judge.judge(new long[] {12, 11}, heap(900, 900, true)).isEmpty(), "trivial steps are left alone");
    }

    @Test
    void stepsAlreadyStoppedOrUnmeasuredAreNotJudged() {
        assertTrue(judge.judge(new long[] {-1, -1}, heap(990, 990, true)).isEmpty());
    }

    @Test
    void withoutAHeapFractionTheLimitAloneDecides() {
        MemoryJudge strict = new MemoryJudge(100, 0);
        assertEquals(List.of(0, 2), stopped(strict.judge(new long[] {101, 100, 5_000}, heap(-1, 0, false))));
    }

    @Test
    void anUnknownHeapUseAfterCollectionIsNoPressure() {
        assertTrue(judge.judge(new long[] {5_000}, heap(-1, 999, true)).isEmpty());
    }
}
