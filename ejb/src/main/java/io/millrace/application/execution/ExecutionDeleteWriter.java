package io.millrace.application.execution;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The transactions of deleting executions: one execution, or one chunk of a bulk delete. Each is short and
 * commits on its own; a bulk delete's one audit event is recorded in the transaction of its last chunk, with the
 * total.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExecutionDeleteWriter {
    @Inject
    ExecutionRepository executions;
    @Inject
    AuditLog audit;

    /**
     * Deletes a finished execution with its step results, and records it; false (nothing deleted) when it has
     * not finished. A finished execution never changes again, so nothing can be running it.
     */
    public boolean deleteOne(String workspaceId, String executionId) {
        Execution execution = executions.execution(executionId).orElse(null);
        if (execution == null || !execution.status().finished()) {
            return false;
        }
        String workflowId = execution.workflowId();
        String status = execution.status().wireName();
        executions.delete(executionId);
        audit.record(workspaceId, AuditActions.EXECUTION_DELETED, new Target("execution", executionId),
                Jsonp.createObjectBuilder().add("workflow_id", workflowId).add("status", status).build());
        return true;
    }

    /**
     * Deletes those of {@code ids} that have finished; when {@code last} is given this is the bulk delete's last
     * chunk, and its audit event is recorded here with the total (when anything was deleted at all).
     *
     * @return how many were deleted by this chunk
     */
    public int deleteChunk(List<String> ids, Last last) {
        int deleted = executions.deleteFinished(ids);
        if (last != null) {
            last.record(audit, deleted);
        }
        return deleted;
    }

    /**
     * Deletes the next at most {@code limit} finished executions of the filtered history. When fewer were left,
     * this is the last chunk and {@code last}'s audit event is recorded here with the total.
     *
     */
    public Chunk deleteNext(String workspaceId, HistoryFilter filter, int limit, Last last) {
        List<String> ids = executions.finishedInHistory(workspaceId, filter, limit);
        int deleted = executions.deleteFinished(ids);
        boolean isLast = ids.size() < limit;
        if (isLast) {
            last.record(audit, deleted);
        }
        return new Chunk(deleted, isLast);
    }

    /** What one chunk of a delete by filter did: how many it deleted, and whether nothing is left after it. */
    public record Chunk(int deleted, boolean last) {
    }

    /**
     * The audit event of a bulk delete, recorded with its last chunk.
     *
     * @param deletedBefore how many the earlier chunks deleted
     * @param details       what the event says besides the count (how the executions were chosen)
     */
    public record Last(String workspaceId, int deletedBefore, JsonObject details) {
        void record(AuditLog audit, int deletedNow) {
            int total = deletedBefore + deletedNow;
            if (total == 0) {
                return;
            }
            JsonObjectBuilder b = Jsonp.createObjectBuilder(details).add("count", total);
            audit.record(workspaceId, AuditActions.EXECUTION_BULK_DELETED, new Target("workspace", workspaceId),
                    b.build());
        }
    }
}
