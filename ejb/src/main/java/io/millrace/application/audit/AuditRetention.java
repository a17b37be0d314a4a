package io.millrace.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the audit log within its retention period, {@code millrace.audit.retention.days}
 * ({@code MILLRACE_AUDIT_RETENTION_DAYS}, default 365): deletes older events, a bounded chunk per
 * transaction, until none is left. Run by the retention timer (hourly) and by the retention batch job
 * ({@code POST /v1/admin/retention/purge}). Idempotent, so several servers may run it at once.
 */
@ApplicationScoped
public class AuditRetention {
    @Inject
    @ConfigProperty(name = "millrace.audit.retention.days", defaultValue = "365")
    int retentionDays;
    @Inject
    AuditPurgeWriter writer;

    /** Deletes every event older than the retention period at {@code now} (epoch ms); returns how many. */
    public int purgeExpired(long now) {
        long cutoff = cutoff(now, Math.max(0, retentionDays));
        int total = 0;
        int n;
        do {
            n = writer.purgeChunk(cutoff);
            total += n;
        } while (n == AuditPurgeWriter.CHUNK);
        return total;
    }

    public int retentionDays() {
        return retentionDays;
    }

    /** The cutoff of a retention of {@code days} days at {@code now}. */
    static long cutoff(long now, int days) {
        return now - days * 86_400_000L;
    }
}
