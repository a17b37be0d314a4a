package io.millrace.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheBase() {
        Backoff backoff = new Backoff(150);
        assertEquals(150_000, backoff.delayMillis(1));
        assertEquals(300_000, backoff.delayMillis(2));
        assertEquals(150_000L * 128, backoff.delayMillis(8));
    }

    @Test
    void fractionalBasesAndTheCap() {
        assertEquals(250, new Backoff(0.25).delayMillis(1));
        assertEquals(new Backoff(1).delayMillis(21), new Backoff(1).delayMillis(40));
        assertEquals(0, new Backoff(0).delayMillis(5));
    }

    @Test
    void aNegativeBaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(-1));
    }
}
