package io.millrace.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The searchable text of an execution's error: name and message, lower-case, bounded; never the stack. */
class ErrorTextTest {
    @Test
    void nameAndMessageLowerCaseWithoutTheStack() {
        assertEquals("typeerror: cannot read properties of undefined", ErrorText.searchable(
                "{\"name\":\"TypeError\",\"message\":\"Cannot read properties of undefined\",\"stack\":\"at Run (x:1)\"}"));
        assertEquals("timeout", ErrorText.searchable("{\"name\":\"TIMEOUT\"}"));
        assertNull(ErrorText.searchable(null));
        assertNull(ErrorText.searchable("{}"));
    }

    @Test
    void aLongMessageIsCutWithoutSplittingACharacter() {
        String text = ErrorText.searchable("{\"name\":\"E\",\"message\":\"" + "x".repeat(996) + "\uD83D\uDE00 and more\"}");
        assertEquals(999, text.length(), "the pair that would be split at 1000 is left out");
        assertEquals(ErrorText.MAX, ErrorText.searchable("{\"name\":\"E\",\"message\":\"" + "y".repeat(5000) + "\"}").length());
    }

    @Test
    void finishingAnExecutionStoresTheText() {
        Execution e = new Execution("ex_1", "p_1", "d_1", "hi_1", "{}", "{}", 1);
        e.finish(ExecutionStatus.ERROR, "{\"name\":\"Error\",\"message\":\"Payment DECLINED\"}", 2);
        assertEquals("error: payment declined", e.errorText());
    }
}
