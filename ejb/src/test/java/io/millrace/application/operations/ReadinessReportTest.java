package io.millrace.application.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadinessReportTest {
    @Test
    void readyNeedsTheDatabaseTheRuntimeAndAWorkerOrAnExternalBroker() {
        assertEquals(true, new ReadinessReport(true, true, true, 2, null).ready());
        assertEquals(true, new ReadinessReport(true, true, false, -1, null).ready());
        assertEquals(false, new ReadinessReport(true, true, true, 0, null).ready());
        assertEquals(false, new ReadinessReport(false, true, true, 1, null).ready());
        assertEquals(false, new ReadinessReport(true, false, true, 1, null).ready());
    }

    @Test
    void anOutOfMemoryErrorOnAServerThreadMakesItNotReady() {
        assertEquals(false, new ReadinessReport(true, true, true, 2, "an OutOfMemoryError reached WebhookWorker").ready());
    }
}
