package io.millrace.application.execution;

import io.millrace.domain.execution.SseRecord;
import io.millrace.domain.execution.SseRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The SSE destination's stored recent events, each call in a transaction of its own (see {@link SseDestination}). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SseRecords {
    @Inject
    SseRecordRepository records;

    /** Stores an execution's events and forgets the workflow's older ones beyond {@code keep}. */
    public void store(String workflowId, List<SseRecord> events, int keep) {
        records.add(events);
        records.trim(workflowId, keep);
    }

    /** The stored events with these ids, in that order. */
    public List<SseRecord> find(List<String> ids) {
        return records.find(ids);
    }

    /** The workflow's {@code limit} most recent events, oldest first. */
    public List<SseRecord> recent(String workflowId, int limit) {
        return records.recent(workflowId, limit);
    }
}
