package io.millrace.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void prefixedIdsFollowTheSeedsStyle() {
        assertTrue(Ids.random("p_").matches("p_[0-9A-Za-z]{8}"));
        assertTrue(Ids.endpointKey().matches("e[0-9a-z]{15}"));
    }

    @Test
    void orderedIdsSortByCreationTimeEvenWithinOneMillisecond() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(Ids.ordered(1_700_000_000_000L + i / 100));
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(ids, sorted);
        assertEquals(27, ids.get(0).length());
    }

    @Test
    void cursorsRoundTripAndBadOnesNameTheParameter() {
        Cursor c = new Cursor(1234, "p_abc:def");
        assertEquals(c, Cursor.decode(c.encode(), "after"));
        assertEquals("before", assertThrows(InvalidInputException.class,
                () -> Cursor.decode("!!not-a-cursor", "before")).field());
    }
}
