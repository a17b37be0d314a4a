package io.millrace.application.connect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateWindowsTest {
    @Test
    void allowsTheLimitPerWindowAndKeyThenSaysHowLongToWait() {
        RateWindows windows = new RateWindows(3, 60_000);
        long start = 120_000;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, windows.take("a", start + i));
        }
        assertEquals(60_000 - 3, windows.take("a", start + 3), "the fourth waits for the window's end");
        assertEquals(0, windows.take("b", start + 4), "other keys have their own count");
        assertEquals(0, windows.take("a", start + 60_000), "a new window starts afresh");
    }

    @Test
    void refusedRequestsKeepCounting() {
        RateWindows windows = new RateWindows(1, 1000);
        assertEquals(0, windows.take("k", 0));
        assertTrue(windows.take("k", 10) > 0);
        assertTrue(windows.take("k", 20) > 0);
    }
}
