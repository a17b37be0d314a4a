package io.millrace.application.notification;

import io.millrace.domain.errors.NoticeThrottle;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notifies workflow errors: one WARNING log line per error, at most once per workflow and error name
 * per 24 hours ({@link NoticeThrottle}), and only once the transaction that recorded the error has
 * committed. (Email delivery is not implemented.)
 */
@ApplicationScoped
public class ErrorNotifier {
    private static final Logger LOG = Logger.getLogger(ErrorNotifier.class.getName());
    private static final NoticeThrottle THROTTLE = new NoticeThrottle();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Notifies the error when the current transaction commits (at once when there is none). */
    public void afterCommit(String workflowId, String executionId, String name, String message) {
        Runnable notice = () -> notifyNow(workflowId, executionId, name, message);
        if (transactions == null || transactions.getTransactionKey() == null) {
            notice.run();
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        notice.run();
                    }
                }
            });
        } catch (IllegalStateException rollbackOnly) {
            LOG.fine(() -> "not notifying error of workflow " + workflowId + ": the transaction will not commit");
        }
    }

    void notifyNow(String workflowId, String executionId, String name, String message) {
        try {
            if (THROTTLE.admit(workflowId, name, System.currentTimeMillis())) {
                LOG.warning(line(workflowId, executionId, name, message));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not notify an error of workflow " + workflowId, e);
        }
    }

    static String line(String workflowId, String executionId, String name, String message) {
        return "Workflow " + workflowId + " error " + name + ": " + message + " (execution "
                + (executionId == null ? "none" : executionId) + ")";
    }
}
