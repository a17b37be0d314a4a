package io.millrace.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {
    @Test
    void thePageCursorsAreThoseOfItsFirstAndLastItems() {
        assertEquals(new Page<>(List.of("a", "b", "c"), 7, "A", "C"), Page.of(List.of("a", "b", "c"), 7, String::toUpperCase));
        assertEquals(new Page<>(List.<String>of(), 7, null, null), Page.of(List.<String>of(), 7, String::toUpperCase));
    }

    @Test
    void aRequestStartsFromBeforeOrElseAfter() {
        PageRequest first = new PageRequest(10, null, null);
        assertEquals(false, first.backwards());
        assertEquals(null, first.cursor());
        PageRequest older = new PageRequest(10, "x", null);
        assertEquals(List.of(false, "x", "after"), List.of(older.backwards(), older.cursor(), older.cursorParameter()));
        PageRequest newer = new PageRequest(10, null, "y");
        assertEquals(List.of(true, "y", "before"), List.of(newer.backwards(), newer.cursor(), newer.cursorParameter()));
    }
}
