package io.millrace.application.email;

import io.millrace.domain.workflow.EmailTriggerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets the IMAP mailbox messages remembered as received (MR_RECEIVED_MAIL, the repeat guard) more than
 * {@code millrace.email.received.retention.days} ({@code MILLRACE_EMAIL_RECEIVED_RETENTION_DAYS}, default 30) days
 * ago, {@value #CHUNK} per short transaction. The guard matters only between an event's commit and the message's
 * {@code \Seen} flag, so a month is far more than enough. Run by the retention batch job (hourly, and by
 * {@code POST /v1/admin/retention/purge}); idempotent, so several servers may run it at once.
 */
@ApplicationScoped
public class ReceivedMailRetention {
    /** Rows deleted per transaction. */
    static final int CHUNK = 500;

    @Inject
    @ConfigProperty(name = "millrace.email.received.retention.days", defaultValue = "30")
    int retentionDays;
    @Inject
    EmailTriggerRepository triggers;
    @Inject
    ReceivedMailRetention self;

    /** Forgets every message received before the retention period at {@code now} (epoch ms); returns how many. */
    public int purgeExpired(long now) {
        long cutoff = now - Math.max(0, retentionDays) * 86_400_000L;
        int total = 0;
        int n;
        do {
            n = self.purgeChunk(cutoff);
            total += n;
        } while (n == CHUNK);
        return total;
    }

    /** One chunk in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeChunk(long cutoff) {
        return triggers.removeReceivedBefore(cutoff, CHUNK);
    }
}
