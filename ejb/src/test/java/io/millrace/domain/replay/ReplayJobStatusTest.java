package io.millrace.domain.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayJobStatusTest {
    @Test
    void onlyStartingAndRunningJobsStop() {
        assertEquals(EnumSet.of(ReplayJobStatus.STARTING, ReplayJobStatus.RUNNING), matching(ReplayJobStatus::stoppable));
    }

    @Test
    void onlyStoppedAndFailedJobsRestartOrAreAbandoned() {
        Set<ReplayJobStatus> expected = EnumSet.of(ReplayJobStatus.STOPPED, ReplayJobStatus.FAILED);
        assertEquals(expected, matching(ReplayJobStatus::restartable));
        assertEquals(expected, matching(ReplayJobStatus::abandonable));
    }

    @Test
    void settledStatesRecordTheEnd() {
        ReplayJob job = new ReplayJob("rpl_1", "o_1", "u_1", 0, "ids", null, 1);
        job.moveTo(ReplayJobStatus.STOPPING, 5);
        assertEquals(null, job.finishedAt());
        job.moveTo(ReplayJobStatus.STOPPED, 9);
        assertEquals(9L, job.finishedAt());
        assertTrue(ReplayJobStatus.ABANDONED.settled());
        assertFalse(ReplayJobStatus.ABANDONED.restartable());
    }

    @Test
    void wireNamesAreLowerCase() {
        assertEquals("completed", ReplayJobStatus.COMPLETED.wireName());
        assertEquals("skipped", ReplayItemState.SKIPPED.wireName());
    }

    @Test
    void reasonsAreCutToWhatIsKept() {
        String cut = ReplayItem.reasonOf("x".repeat(600));
        assertEquals(ReplayItem.MAX_REASON, cut.length());
        assertEquals("short", ReplayItem.reasonOf("short"));
    }

    private static Set<ReplayJobStatus> matching(java.util.function.Predicate<ReplayJobStatus> p) {
        Set<ReplayJobStatus> out = EnumSet.noneOf(ReplayJobStatus.class);
        for (ReplayJobStatus s : ReplayJobStatus.values()) {
            if (p.test(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
