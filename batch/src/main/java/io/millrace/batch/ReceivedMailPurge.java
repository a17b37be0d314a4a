package io.millrace.batch;

import io.millrace.application.email.ReceivedMailRetention;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The retention job's step that forgets IMAP mailbox messages remembered as received longer ago than
 * {@code MILLRACE_EMAIL_RECEIVED_RETENTION_DAYS}; restarting it deletes what is left.
 */
@Named("receivedMailPurge")
@Dependent
public class ReceivedMailPurge extends AbstractBatchlet {
    @Inject
    ReceivedMailRetention retention;

    @Override
    public String process() {
        return "deleted " + retention.purgeExpired(System.currentTimeMillis());
    }
}
