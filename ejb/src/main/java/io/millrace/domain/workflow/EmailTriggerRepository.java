package io.millrace.domain.workflow;

import java.util.List;
import java.util.Optional;

/** Port: workflows' email triggers (their mailbox keys) and the mailbox messages already received. */
public interface EmailTriggerRepository {
    /** The workflow's email triggers, in position order. */
    List<EmailTrigger> ofWorkflow(String workflowId);

    Optional<EmailTrigger> byKey(String key);

    void add(EmailTrigger trigger);

    void remove(EmailTrigger trigger);

    /** Whether the mailbox message with this key has already become events. */
    boolean received(String messageKey);

    void add(ReceivedMail received);

    /** Forgets at most {@code max} mailbox messages received before {@code cutoff} (epoch ms); returns how many. */
    int removeReceivedBefore(long cutoff, int max);
}
