package io.millrace.domain.errors;

import java.util.List;

/** The stored {@code $errors} streams of all workflows. */
public interface ErrorEventRepository {
    void add(ErrorEvent event);

    /** The workflow's newest error events, newest first, at most {@code limit}. */
    List<ErrorEvent> latest(String workflowId, int limit);

    /** How many error events the workflow has stored. */
    long count(String workflowId);

    /** Deletes error events indexed before {@code cutoffMs} (epoch ms); returns how many. */
    int deleteIndexedBefore(long cutoffMs);
}
