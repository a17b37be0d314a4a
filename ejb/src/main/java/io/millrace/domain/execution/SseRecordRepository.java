package io.millrace.domain.execution;

import java.util.List;

/** The SSE destination's recent events, per workflow (see {@link SseRecord}). */
public interface SseRecordRepository {
    /** Stores the events not stored yet (by id). */
    void add(List<SseRecord> records);

    /** The workflow's {@code limit} most recent events, oldest first. */
    List<SseRecord> recent(String workflowId, int limit);

    /** The stored events with these ids, in the order given (those not found are left out). */
    List<SseRecord> find(List<String> ids);

    /** Deletes the workflow's events but its {@code keep} most recent ones. */
    void trim(String workflowId, int keep);
}
