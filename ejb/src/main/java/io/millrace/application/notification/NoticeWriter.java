package io.millrace.application.notification;

import io.millrace.domain.errors.ErrorNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The short transactions of the notice throttle ({@link ErrorNoticeRepository}). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NoticeWriter {
    @Inject
    ErrorNoticeRepository notices;

    /** See {@link ErrorNoticeRepository#claim}; a lost race on a new key throws (its transaction rolled back). */
    public boolean claim(String workflowId, String errorName, long nowMs) {
        return notices.claim(workflowId, errorName, nowMs);
    }

    /** Deletes notices that no longer hold anything back (sent before {@code cutoffMs}). */
    public int deleteNotifiedBefore(long cutoffMs) {
        return notices.deleteNotifiedBefore(cutoffMs);
    }
}
