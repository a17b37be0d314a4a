package io.millrace.application.connect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateWindowsTest {
    @Test
    void allowsTheLimitInAnyWindowAndSaysHowLongToWait() {
        RateWindows windows = new RateWindows(3, 60_000);
        assertEquals(0, windows.take("a", 1_000));
        assertEquals(0, windows.take("a", 2_000));
        assertEquals(0, windows.take("a", 59_000));
        assertEquals(1_000, windows.take("a", 60_000), "the fourth waits until the first is a minute old");
        assertEquals(0, windows.take("b", 60_000), "other keys have their own count");
        assertEquals(0, windows.take("a", 61_000), "the first left the window");
        assertEquals(1_000, windows.take("a", 61_000), "three in the last minute again");
    }

    @Test
    void refusedRequestsDoNotCount() {
        RateWindows windows = new RateWindows(1, 1000);
        assertEquals(0, windows.take("k", 0));
        assertEquals(990, windows.take("k", 10));
        assertEquals(0, windows.take("k", 1000));
    }
}
