package io.millrace.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorNoticesTest {
    @Test
    void theNoticeNamesWorkflowErrorMessageAndExecution() {
        assertEquals("Workflow p_a error TypeError: bad thing (execution 0Vbg)",
                ErrorNotices.line("p_a", "0Vbg", "TypeError", "bad thing"));
        assertEquals("Workflow p_a error E: m (execution none)", ErrorNotices.line("p_a", null, "E", "m"));
    }
}
