package io.millrace.application.audit;

import io.millrace.domain.audit.AuditFilter;
import io.millrace.domain.audit.AuditRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reading a workspace's audit log, newest first. Only the caller's own workspace (another one is a 404,
 * as everywhere); who may read it at all (admins) is checked by the caller of this service.
 */
@ApplicationScoped
public class AuditQueries {
    @Inject
    AuditRepository events;

    public Page<AuditEventView> list(User caller, String orgId, AuditFilter filter, PageRequest page) {
        if (orgId == null || !orgId.equals(caller.workspaceId())) {
            throw new NotFoundException("workspace " + Quoted.value(orgId) + " not found");
        }
        return events.events(orgId, filter, page).map(AuditEventView::of);
    }
}
