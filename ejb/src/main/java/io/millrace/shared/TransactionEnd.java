package io.millrace.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work to do when the current transaction has ended: only if it committed, or only if it did not. */
public final class TransactionEnd {
    private TransactionEnd() {
    }

    /** Runs the work once the current transaction has committed (never for one rolled back). */
    public static void afterCommit(TransactionSynchronizationRegistry transactions, Runnable work) {
        after(transactions, true, work);
    }

    /** Runs the work once the current transaction has ended, committed ({@code committed}) or not (else). */
    public static void after(TransactionSynchronizationRegistry transactions, boolean committed, Runnable work) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    work.run();
                }
            }
        });
    }
}
