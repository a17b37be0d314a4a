package io.millrace.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mailbox message that has already become events (MR_RECEIVED_MAIL), stored in the transaction that records
 * them: a message read again after a crash (before it could be flagged in its mailbox) is then only flagged,
 * so each message becomes its events exactly once. The key names the mailbox, its UIDVALIDITY and the
 * message's UID, as a SHA-256.
 */
@Entity
@Table(name = "MR_RECEIVED_MAIL")
public class ReceivedMail {
    @Id
    @Column(length = 64)
    private String messageKey;
    private long receivedAt;

    protected ReceivedMail() {
    }

    public ReceivedMail(String messageKey, long receivedAt) {
        this.messageKey = messageKey;
        this.receivedAt = receivedAt;
    }

    public String key() { return messageKey; }
    public long receivedAt() { return receivedAt; }
}
