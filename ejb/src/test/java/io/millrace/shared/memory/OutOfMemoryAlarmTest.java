package io.millrace.shared.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutOfMemoryAlarmTest {

    @BeforeEach
    @AfterEach
    void lower() {
        OutOfMemoryAlarm.reset();
    }

    @Test
    void onlyOutOfMemoryErrorsRaiseItAndTheFirstReasonStays() {
        assertFalse(OutOfMemoryAlarm.check("WebhookWorker", new IllegalStateException("boom")));
        assertNull(OutOfMemoryAlarm.reason());
        assertTrue(OutOfMemoryAlarm.check("WebhookWorker",
                new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space"))));
        assertTrue(OutOfMemoryAlarm.check("ExecutionWorker", new OutOfMemoryError("Java heap space")));
        assertTrue(OutOfMemoryAlarm.reason().startsWith("an OutOfMemoryError reached WebhookWorker (thread "),
                OutOfMemoryAlarm.reason());
        assertTrue(OutOfMemoryAlarm.reason().endsWith("restart the server"), OutOfMemoryAlarm.reason());
        assertEquals(2, OutOfMemoryAlarm.count());
    }

    @Test
    void aThreadThatDiesOfItRaisesItAndThePreviousHandlerStillRuns() throws InterruptedException {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        AtomicReference<Throwable> passedOn = new AtomicReference<>();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> passedOn.set(error));
        try {
            OutOfMemoryAlarm.watchThreads();
            OutOfMemoryAlarm.watchThreads();
            OutOfMemoryError error = new OutOfMemoryError("Java heap space");
            Thread dying = new Thread(() -> {
                throw error;
            }, "HttpClient-1-SelectorManager");
            dying.start();
            dying.join();
            assertSame(error, passedOn.get());
            assertTrue(OutOfMemoryAlarm.reason().contains("HttpClient-1-SelectorManager"), OutOfMemoryAlarm.reason());
            assertEquals(1, OutOfMemoryAlarm.count());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
