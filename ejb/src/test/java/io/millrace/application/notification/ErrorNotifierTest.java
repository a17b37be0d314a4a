package io.millrace.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorNotifierTest {
    @Test
    void theNoticeNamesWorkflowErrorMessageAndExecution() {
        assertEquals("Workflow p_a error TypeError: bad thing (execution 0Vbg)",
                ErrorNotifier.line("p_a", "0Vbg", "TypeError", "bad thing"));
        assertEquals("Workflow p_a error E: m (execution none)", ErrorNotifier.line("p_a", null, "E", "m"));
    }
}
