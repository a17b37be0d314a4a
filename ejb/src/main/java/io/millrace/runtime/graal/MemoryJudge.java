package io.millrace.runtime.graal;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, from numbers alone, which running steps the {@link MemoryWatchdog} stops. Community GraalJS cannot
 * tell how much of the heap a step holds, so the judge weighs what each step's thread allocated since it
 * started (garbage included) against how full the heap is:
 * <ul>
 *   <li>with {@code heapFraction} 0, every step over the allocation limit is stopped;</li>
 *   <li>otherwise nothing is stopped while the heap, after the last collection, is at most {@code heapFraction}
 *       full. Above it, the step that allocated most beyond the limit is stopped, one per collection, so that
 *       what it held can be reclaimed before another is judged;</li>
 *   <li>when the heap is nearly exhausted ({@link #CRITICAL} full after a collection, or {@link #EXHAUSTED}
 *       full right now while above {@code heapFraction} after the last collection), every step over the
 *       limit is stopped at once, and if none is over it, the one that allocated most (once per collection, and
 *       only past an eighth of the limit): the server's own threads need that memory more than any step.</li>
 * </ul>
 */
final class MemoryJudge {

    /** Heap use after a collection at which the server is about to run out of memory. */
    static final double CRITICAL = 0.85;
    /** Heap use at any moment at which it has run out, unless a collection frees some. */
    static final double EXHAUSTED = 0.95;

    /** The heap now: bytes in use after the last collection (-1: unknown), in use now, the most it may have. */
    record Heap(long afterGc, long used, long max, boolean collectedSinceLastStop) {
        double afterGcShare() {
            return max <= 0 || afterGc < 0 ? 0 : (double) afterGc / max;
        }

        double usedShare() {
            return max <= 0 ? 0 : (double) used / max;
        }
    }

    /** A verdict: stop the step at {@code index} (in the list judged), with this reason. */
    record Stop(int index, long allocated, boolean critical) {
    }

    private final long allocationLimit;
    private final double heapFraction;

    MemoryJudge(long allocationLimit, double heapFraction) {
        this.allocationLimit = allocationLimit;
        this.heapFraction = heapFraction;
    }

    /** The steps to stop, given what each has allocated ({@code -1}: unknown, or already stopped). */
    List<Stop> judge(long[] allocated, Heap heap) {
        List<Stop> stops = new ArrayList<>();
        if (allocated.length == 0) {
            return stops;
        }
        if (heapFraction <= 0) {
            for (int i = 0; i < allocated.length; i++) {
                if (allocated[i] > allocationLimit) {
                    stops.add(new Stop(i, allocated[i], false));
                }
            }
            return stops;
        }
        if (heap.afterGcShare() <= heapFraction) {
            return stops;
        }
        boolean critical = heap.afterGcShare() > CRITICAL || heap.usedShare() > EXHAUSTED;
        if (critical) {
            for (int i = 0; i < allocated.length; i++) {
                if (allocated[i] > allocationLimit) {
                    stops.add(new Stop(i, allocated[i], true));
                }
            }
            if (stops.isEmpty() && heap.collectedSinceLastStop()) {
                int worst = worst(allocated, allocationLimit / 8);
                if (worst >= 0) {
                    stops.add(new Stop(worst, allocated[worst], true));
                }
            }
            return stops;
        }
        if (heap.collectedSinceLastStop()) {
            int worst = worst(allocated, allocationLimit);
            if (worst >= 0) {
                stops.add(new Stop(worst, allocated[worst], false));
            }
        }
        return stops;
    }

    /** The index of the step that allocated most, more than {@code floor}; -1 for none. */
    private static int worst(long[] allocated, long floor) {
        int worst = -1;
        long most = floor;
        for (int i = 0; i < allocated.length; i++) {
            if (allocated[i] > most) {
                worst = i;
                most = allocated[i];
            }
        }
        return worst;
    }
}
