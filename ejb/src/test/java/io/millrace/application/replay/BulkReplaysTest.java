package io.millrace.application.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.domain.replay.ReplayJobStatus;
import org.junit.jupiter.api.Test;

class BulkReplaysTest {
    @Test
    void aBatchExecutionThatEndedGivesTheReplayJobsState() {
        assertEquals(ReplayJobStatus.COMPLETED, BulkReplays.outcomeOf("COMPLETED"));
        assertEquals(ReplayJobStatus.STOPPED, BulkReplays.outcomeOf("STOPPED"));
        assertEquals(ReplayJobStatus.ABANDONED, BulkReplays.outcomeOf("ABANDONED"));
        assertEquals(ReplayJobStatus.FAILED, BulkReplays.outcomeOf("FAILED"));
        assertEquals(ReplayJobStatus.FAILED, BulkReplays.outcomeOf(null), "an execution the runtime does not know");
    }
}
