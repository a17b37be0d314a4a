package io.millrace.domain.errors;

/** The stored {@link ErrorNotice}s: when each error of each workflow was last notified. */
public interface ErrorNoticeRepository {
    /**
     * Claims the notice of {@code errorName} in {@code workflowId} at {@code nowMs}: true (and remembered) when
     * none was sent in the last {@link ErrorNotice#WINDOW}, false otherwise. Two concurrent claims of a new key
     * cannot both win: the loser's insert fails on the key, and its transaction rolls back.
     */
    boolean claim(String workflowId, String errorName, long nowMs);

    /** Deletes notices sent before {@code cutoffMs}, which no longer hold anything back; returns how many. */
    int deleteNotifiedBefore(long cutoffMs);
}
