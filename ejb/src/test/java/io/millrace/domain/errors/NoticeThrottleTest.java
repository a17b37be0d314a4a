package io.millrace.domain.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoticeThrottleTest {
    private static final long DAY = 24 * 3600 * 1000L;

    @Test
    void theSameErrorOfTheSameWorkflowIsNotifiedOncePer24Hours() {
        NoticeThrottle throttle = new NoticeThrottle();
        assertTrue(throttle.admit("p_a", "TypeError", 0));
        assertFalse(throttle.admit("p_a", "TypeError", 1000));
        assertFalse(throttle.admit("p_a", "TypeError", DAY - 1));
        assertTrue(throttle.admit("p_a", "TypeError", DAY));
    }

    @Test
    void anotherWorkflowOrAnotherErrorIsNotifiedAtOnce() {
        NoticeThrottle throttle = new NoticeThrottle();
        assertTrue(throttle.admit("p_a", "TypeError", 0));
        assertTrue(throttle.admit("p_b", "TypeError", 1));
        assertTrue(throttle.admit("p_a", "RangeError", 2));
    }
}
