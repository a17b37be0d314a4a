package io.millrace.domain.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorNoticeTest {
    private static final long DAY = 24 * 3_600_000L;

    @Test
    void oneNoticePerWorkflowAndErrorNamePerDay() {
        assertFalse(ErrorNotice.due(1_000, 1_000 + DAY - 1));
        assertTrue(ErrorNotice.due(1_000, 1_000 + DAY));
    }

    @Test
    void theKeyTellsWorkflowsAndNamesApartAndFitsAnyName() {
        assertEquals(ErrorNotice.key("p_a", "TypeError"), ErrorNotice.key("p_a", "TypeError"));
        assertNotEquals(ErrorNotice.key("p_a", "TypeError"), ErrorNotice.key("p_b", "TypeError"));
        assertNotEquals(ErrorNotice.key("p_a", "TypeError"), ErrorNotice.key("p_a", "RangeError"));
        assertTrue(ErrorNotice.key("p_" + "x".repeat(30), "E".repeat(5000)).length() <= 100);
        assertEquals(255, new ErrorNotice("p_a", "E".repeat(300), 0).errorName().length());
    }
}
