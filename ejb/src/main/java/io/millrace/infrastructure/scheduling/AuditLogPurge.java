package io.millrace.infrastructure.scheduling;

import io.millrace.application.audit.AuditRetention;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once an hour, deletes audit events older than the audit retention period ({@link AuditRetention}), as
 * {@link ExpiredRecordPurge} does for expired data store records; a failed run is simply done by the next.
 */
@Singleton
public class AuditLogPurge {
    private static final Logger LOG = Logger.getLogger(AuditLogPurge.class.getName());

    @Inject
    AuditRetention retention;

    @Schedule(hour = "*", minute = "23", second = "41", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void purge() {
        try {
            int deleted = retention.purgeExpired(System.currentTimeMillis());
            if (deleted > 0) {
                LOG.log(Level.INFO, "purged {0} audit events older than {1} days",
                        new Object[] {deleted, retention.retentionDays()});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "purging old audit events failed; the next run tries again", e);
        }
    }
}
