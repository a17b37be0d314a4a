package io.millrace.application.audit;

import io.millrace.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The short transactions of the audit log's retention: one bounded chunk each. */
@ApplicationScoped
public class AuditPurgeWriter {
    /** Events deleted per transaction. */
    static final int CHUNK = 500;

    @Inject
    AuditRepository events;

    /** Deletes at most {@value #CHUNK} events that occurred before {@code cutoff} (epoch ms); returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeChunk(long cutoff) {
        return events.removeBefore(cutoff, CHUNK);
    }
}
