package io.millrace.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorMailTest {
    private static final ErrorNotification ERROR = new ErrorNotification("p_abc", "d_1", "0Vbg", "TypeError",
            "x is <undefined>", "explode", 1_795_336_861_881L);

    @Test
    void theMailNamesWorkflowErrorStepAndLinksTheExecution() {
        MailMessage m = ErrorMail.of("ops@example.com", "orders", ERROR, "http://mr.test/v1/executions/0Vbg");
        assertEquals("ops@example.com", m.to());
        assertEquals("Millrace: workflow orders failed with TypeError", m.subject());
        assertTrue(m.text().contains("TypeError: x is <undefined>"), m.text());
        assertTrue(m.text().contains("Step: explode"), m.text());
        assertTrue(m.text().contains("http://mr.test/v1/executions/0Vbg"), m.text());
        assertTrue(m.text().contains("At: " + java.time.Instant.ofEpochMilli(1_795_336_861_881L)), m.text());
        assertTrue(m.html().contains("<a href=\"http://mr.test/v1/executions/0Vbg\">"), m.html());
        assertTrue(m.html().contains("x is &lt;undefined&gt;"), m.html());
        assertFalse(m.html().contains("<undefined>"), m.html());
    }

    @Test
    void aLongOrMultiLineNameStillMakesAOneLineSubject() {
        ErrorNotification e = new ErrorNotification("p_abc", null, null, "Bad\nName" + "x".repeat(500), "", null, 0);
        MailMessage m = ErrorMail.of("ops@example.com", "orders", e, null);
        assertEquals(200, m.subject().length());
        assertFalse(m.subject().contains("\n"));
        assertFalse(m.text().contains("Step:"));
    }
}
