package io.millrace.infrastructure.scheduling;

import io.millrace.application.notification.NoticeWriter;
import io.millrace.application.operations.Retention;
import io.millrace.domain.errors.ErrorNotice;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once an hour, starts the retention purge job for the workflows' retention settings (the batch job deletes in
 * chunks of short transactions, on the batch runtime's threads), and forgets error notices older than the
 * notification window, which no longer hold anything back.
 */
@Singleton
public class RetentionSchedule {
    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    Retention retention;
    @Inject
    NoticeWriter notices;

    @Schedule(hour = "*", minute = "47", second = "13", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            LOG.fine(() -> "retention purge started: job " + retention.purgeExecutions(null).id());
            notices.deleteNotifiedBefore(System.currentTimeMillis() - ErrorNotice.WINDOW.toMillis());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "starting the retention purge failed; the next run tries again", e);
        }
    }
}
