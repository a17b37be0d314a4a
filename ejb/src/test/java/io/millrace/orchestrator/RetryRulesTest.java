package io.millrace.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetryRulesTest {
    private final RetryRules rules = RetryRules.standard(150);

    @Test
    void eightRetriesOfErrorsRetryingCanFix() {
        assertTrue(rules.retries("Error", 0));
        assertTrue(rules.retries("TypeError", 7));
        assertFalse(rules.retries("Error", 8));
        for (String name : RetryRules.NOT_RETRIED) {
            assertFalse(rules.retries(name, 0), name);
        }
    }

    @Test
    void theWaitsDoubleFromTheBaseAndSpanAboutTenAndAHalfHours() {
        assertEquals(150_000, rules.delayMillis(1));
        assertEquals(300_000, rules.delayMillis(2));
        long total = 0;
        for (int retry = 1; retry <= RetryRules.MAX_RETRIES; retry++) {
            total += rules.delayMillis(retry);
        }
        assertEquals(38_250_000, total); // 10 h 37 min 30 s
    }
}
