package io.millrace.domain.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReplayProgressTest {
    @Test
    void rateIsItemsOfTheLatestRunPerSecondAndTheEndFollowsFromIt() {
        ReplayProgress p = ReplayProgress.of(1000, 300, 200, 10_000, true, 50_000);
        assertEquals(20.0, p.ratePerSecond());
        assertEquals(50_000 + 35_000, p.estimatedEndAt(), "700 left at 20 per second");
    }

    @Test
    void nothingHandledYetHasNoRateAndNoEstimate() {
        ReplayProgress p = ReplayProgress.of(10, 0, 0, 5_000, true, 1);
        assertEquals(0.0, p.ratePerSecond());
        assertNull(p.estimatedEndAt());
    }

    @Test
    void aJobThatDoesNotRunHasNoEstimateButKeepsItsRate() {
        ReplayProgress p = ReplayProgress.of(10, 10, 10, 2_000, false, 1);
        assertEquals(5.0, p.ratePerSecond());
        assertNull(p.estimatedEndAt());
    }

    @Test
    void theRateIsRoundedToHundredths() {
        assertEquals(3.33, ReplayProgress.of(100, 10, 10, 3_000, true, 0).ratePerSecond());
    }

    @Test
    void aRestartMeasuresFromItsOwnStart() {
        ReplayJob job = new ReplayJob("rpl_1", "o_1", "u_1", 0, "ids", null, 100);
        job.started(7, 1_000);
        job.moveTo(ReplayJobStatus.RUNNING, 1_000);
        assertEquals(0, job.handled());
        assertEquals(0.0, job.progress(2_000).ratePerSecond());
        assertEquals(1_000, job.runStartedAt());
    }
}
