package io.millrace.application.notification;

import io.millrace.shared.TransactionEnd;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands workflow errors to {@link ErrorNotices} once the transaction that recorded them has committed, on the
 * container's managed executor: the execution never waits for the throttle, the mail server or the webhook.
 */
@ApplicationScoped
public class ErrorNotifier {
    private static final Logger LOG = Logger.getLogger(ErrorNotifier.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;
    @Inject
    ErrorNotices notices;

    /** Notifies the error when the current transaction commits (at once when there is none). */
    public void afterCommit(ErrorNotification error) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            handOff(error);
            return;
        }
        try {
            TransactionEnd.afterCommit(transactions, () -> handOff(error));
        } catch (IllegalStateException rollbackOnly) {
            LOG.fine(() -> "not notifying error of workflow " + error.workflowId() + ": the transaction will not commit");
        }
    }

    private void handOff(ErrorNotification error) {
        try {
            executor.execute(() -> notices.deliver(error));
        } catch (RejectedExecutionException | NullPointerException e) {
            LOG.log(Level.WARNING, "could not notify an error of workflow " + error.workflowId(), e);
        }
    }
}
