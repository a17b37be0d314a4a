package io.millrace.domain.audit;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;

/** The audit events of all workspaces. */
public interface AuditRepository {
    void add(AuditEvent event);

    /** The workspace's events that match the filter, newest first. */
    Page<AuditEvent> events(String workspaceId, AuditFilter filter, PageRequest page);

    /** Deletes at most {@code max} events that occurred before {@code cutoff} (epoch ms); returns how many. */
    int removeBefore(long cutoff, int max);
}
