package io.millrace.batch;

import io.millrace.application.audit.AuditRetention;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The retention job's second step: deletes audit events older than the audit retention period
 * ({@code MILLRACE_AUDIT_RETENTION_DAYS}), in short transactions of their own; restarting it simply
 * deletes what is left.
 */
@Named("auditEventPurge")
@Dependent
public class AuditEventPurge extends AbstractBatchlet {
    @Inject
    AuditRetention retention;

    @Override
    public String process() {
        return "deleted " + retention.purgeExpired(System.currentTimeMillis());
    }
}
