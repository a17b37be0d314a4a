package io.millrace.web.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingTest {
    @Test
    void aCursorListDefaultsToTenAndDropsBlankCursors() {
        assertEquals(new PageRequest(10, null, null), Paging.of(null, null, null));
        assertEquals(new PageRequest(100, "abc", null), Paging.of("100", "abc", null));
        assertEquals(new PageRequest(1, null, null), Paging.of("1", "", null));
        assertEquals(new PageRequest(1, null, null), Paging.of("1", null, " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5", "", " 5"})
    void aBadLimitOfACursorListIsRefusedNamingLimit(String limit) {
        assertRefused("limit", "limit must be an integer from 1 to 100", () -> Paging.of(limit, null, null));
    }

    @Test
    void bothCursorsGivenAreRefusedNamingBefore() {
        assertRefused("before", "give either after or before, not both", () -> Paging.of(null, "a", "b"));
        assertRefused("before", "give either after or before, not both", () -> Paging.of(null, "", "b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", " 7 ", "101", "x"})
    void theLimitOfTheEventListsHasTheSameRuleAsEveryList(String limit) {
        assertRefused("limit", "limit must be an integer from 1 to 100", () -> Paging.limit(limit, 100));
    }

    @Test
    void anAbsentLimitOfTheEventListsIsTheirDefault() {
        assertEquals(100, Paging.limit(null, 100));
        assertEquals(7, Paging.limit("7", 100));
    }

    @Test
    void expandNamesEventRepeatedOrCommaSeparated() {
        assertEquals(true, Expand.event(List.of("event")));
        assertEquals(true, Expand.event(List.of("other, event")));
        assertEquals(false, Expand.event(List.of()));
        assertEquals(false, Expand.event(List.of("events")));
    }

    private static void assertRefused(String field, String message, Runnable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }
}
