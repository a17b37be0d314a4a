package io.millrace.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class EventIdsTest {
    @Test
    void idsHaveTheSeedsMillisecondsDashSequenceForm() {
        EventIds ids = new EventIds();
        assertEquals("1606370816223-0", ids.next(1606370816223L).toString());
        assertEquals("1606370816223-1", ids.next(1606370816223L).toString());
        assertEquals("1606370816224-0", ids.next(1606370816224L).toString());
        assertTrue(ids.next(System.currentTimeMillis()).toString().matches("\\d{13}-\\d+"));
    }

    @Test
    void aClockThatStandsStillOrGoesBackOnlyAdvancesTheSequence() {
        EventIds ids = new EventIds();
        EventId first = ids.next(2_000);
        EventId back = ids.next(1_000);
        assertEquals(new EventId(2_000, 1), back);
        assertTrue(back.compareTo(first) > 0);
        assertEquals(new EventId(2_001, 0), ids.next(2_001));
    }

    @Test
    void idsMadeByManyThreadsInOneMillisecondAreUniqueAndOrderedByCreation() throws InterruptedException {
        EventIds ids = new EventIds();
        ConcurrentLinkedQueue<EventId> made = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                List<EventId> mine = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    mine.add(ids.next(1_700_000_000_000L + i / 500));
                }
                for (int i = 1; i < mine.size(); i++) {
                    assertTrue(mine.get(i).compareTo(mine.get(i - 1)) > 0, "per-thread order");
                }
                made.addAll(mine);
            });
            threads.add(thread);
            thread.start();
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        Set<String> distinct = new HashSet<>();
        made.forEach(id -> distinct.add(id.toString()));
        assertEquals(8000, made.size());
        assertEquals(8000, distinct.size());
        List<EventId> sorted = new ArrayList<>(made);
        Collections.sort(sorted);
        assertEquals(1_700_000_000_000L, sorted.get(0).ms());
    }

    @Test
    void idsCompareNumericallyNotAsText() {
        assertTrue(new EventId(5, 10).compareTo(new EventId(5, 9)) > 0);
        assertTrue(new EventId(10, 0).compareTo(new EventId(9, 99)) > 0);
    }
}
