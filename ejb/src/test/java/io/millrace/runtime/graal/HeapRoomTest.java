package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whether a large allocation fits, judged on the heap now and after the last collection. */
class HeapRoomTest {

    private final long max = Runtime.getRuntime().maxMemory();

    @Test
    void anAllocationThatFitsIsAllowedAndOneBeyondTheHeapIsNot() {
        HeapRoom room = new HeapRoom(() -> -1);
        assertTrue(room.fits(1024 * 1024));
        assertFalse(room.fits(max));
    }

    @Test
    void garbageBeyondTheLiveDataDoesNotRefuseAnAllocationTheNextCollectionMakesRoomFor() {
        long almostAll = (long) (HeapRoom.NOW * max);
        assertFalse(new HeapRoom(() -> -1).fits(almostAll));
        assertFalse(new HeapRoom(() -> (long) (0.60 * max)).fits(almostAll));
        assertTrue(new HeapRoom(() -> 0).fits((long) (0.69 * max)), "little live data: the garbage will be collected");
    }
}
