package io.millrace.application.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionTest {
    /** Jobs by id with their status; a started job has no status yet. */
    private final Map<Long, String> jobs = new HashMap<>();
    private final Retention retention = new Retention();

    RetentionTest() {
        retention.runs = new RetentionRuns() {
            @Override
            public long purgeExecutions(Integer retentionDays) {
                long id = jobs.size() + 1;
                jobs.put(id, null);
                return id;
            }

            @Override
            public String status(long jobExecutionId) {
                return jobs.get(jobExecutionId);
            }
        };
    }

    @Test
    void aStartedPurgeWithoutStatusYetIsStarting() {
        assertEquals(new BatchJob(1, "STARTING"), retention.purgeExecutions(0));
    }

    @Test
    void aNegativeRetentionIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> retention.purgeExecutions(-1));
        assertEquals("retention_days", e.field());
        assertEquals("retention_days must be an integer of 0 or more", e.getMessage());
        assertEquals(Map.of(), jobs);
    }

    @Test
    void aJobIsReadByIdAndAnUnknownOneIsNotFound() {
        jobs.put(7L, "COMPLETED");
        assertEquals(new BatchJob(7, "COMPLETED"), retention.job(7));
        assertEquals("job 8 not found", assertThrows(NotFoundException.class, () -> retention.job(8)).getMessage());
    }
}
