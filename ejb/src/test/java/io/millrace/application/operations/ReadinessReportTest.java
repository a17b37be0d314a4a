package io.millrace.application.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadinessReportTest {
    @Test
    void readyNeedsTheDatabaseTheRuntimeAndAWorkerOrAnExternalBroker() {
        assertEquals(true, new ReadinessReport(true, true, true, 2).ready());
        assertEquals(true, new ReadinessReport(true, true, false, -1).ready());
        assertEquals(false, new ReadinessReport(true, true, true, 0).ready());
        assertEquals(false, new ReadinessReport(false, true, true, 1).ready());
        assertEquals(false, new ReadinessReport(true, false, true, 1).ready());
    }
}
