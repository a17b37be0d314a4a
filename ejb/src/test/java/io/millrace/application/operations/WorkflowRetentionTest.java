package io.millrace.application.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.millrace.application.execution.EngineRig;
import io.millrace.application.execution.InMemoryExecutions;
import io.millrace.application.execution.InMemoryWorkflows;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionKey;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowRetentionTest {
    private static final long DAY = 86_400_000L;
    private static final long NOW = 100 * DAY;

    private final InMemoryWorkflows workflows = new InMemoryWorkflows();
    private final InMemoryExecutions executions = new InMemoryExecutions();
    private final WorkflowRetention retention = new WorkflowRetention();

    WorkflowRetentionTest() {
        retention.workflows = workflows;
        retention.executions = executions;
    }

    @Test
    void byCountTheNewestAreKeptAndRunningOnesNeverGo() {
        Workflow w = EngineRig.workflow(workflows, "p_count", "{\"retention_count\":2}", "a");
        execution(w, "e1", NOW - 5, true);
        execution(w, "e2", NOW - 4, false);
        execution(w, "e3", NOW - 3, true);
        execution(w, "e4", NOW - 2, true);
        execution(w, "e5", NOW - 1, true);
        assertEquals(List.of("e1", "e3"), expired("p_count", 100));
        assertEquals(List.of("e1"), expired("p_count", 1));
        assertEquals(List.of("e3"), retention.expired("p_count", retention.cutoff("p_count", NOW),
                new ExecutionKey("e1", NOW - 5), 100).stream().map(ExecutionKey::id).toList());
    }

    @Test
    void byDaysWhatBeganBeforeTheCutoffGoesAndBothLimitsApply() {
        Workflow w = EngineRig.workflow(workflows, "p_days", "{\"retention_days\":7}", "a");
        execution(w, "old", NOW - 8 * DAY, true);
        execution(w, "new", NOW - 6 * DAY, true);
        assertEquals(List.of("old"), expired("p_days", 100));

        Workflow both = EngineRig.workflow(workflows, "p_both", "{\"retention_days\":7,\"retention_count\":1}", "a");
        execution(both, "b_old", NOW - 8 * DAY, true);
        execution(both, "b_mid", NOW - DAY, true);
        execution(both, "b_new", NOW - 1, true);
        assertEquals(List.of("b_old", "b_mid"), expired("p_both", 100));
    }

    @Test
    void onlyWorkflowsWithLimitsAreVisitedAndOthersKeepEverything() {
        Workflow plain = EngineRig.workflow(workflows, "p_a", "{}", "a");
        EngineRig.workflow(workflows, "p_b", "{\"retention_count\":5}", "a");
        EngineRig.workflow(workflows, "p_c", "{\"data_retention\":false}", "a");
        EngineRig.workflow(workflows, "p_d", "{\"retention_days\":1}", "a");
        execution(plain, "kept", 0, true);
        assertEquals(List.of(), expired("p_a", 100));
        assertEquals(Long.MIN_VALUE, retention.cutoff("p_a", NOW));
        assertEquals("p_b", retention.nextLimited(null));
        assertEquals("p_d", retention.nextLimited("p_b"));
        assertNull(retention.nextLimited("p_d"));
    }

    private List<String> expired(String workflowId, int limit) {
        return retention.expired(workflowId, retention.cutoff(workflowId, NOW), ExecutionKey.FIRST, limit).stream()
                .map(ExecutionKey::id).toList();
    }

    private void execution(Workflow w, String id, long createdAt, boolean finished) {
        Execution e = new Execution(id, w.id(), w.deploymentId(), "hi_1", "{}", "{}", createdAt);
        if (finished) {
            e.finish(ExecutionStatus.SUCCESS, null, createdAt + 1);
        }
        executions.add(e);
    }
}
