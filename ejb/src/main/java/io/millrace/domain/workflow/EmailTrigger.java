package io.millrace.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An email trigger's mailbox: mail to {@code <key>@<inbound domain>} (or {@code <key>+<anything>@...}) runs the
 * workflow. Like an {@link HttpTrigger} it keeps its key across deployments (matched by position among the
 * definition's email triggers); its id ({@code ei_...}) is the {@code emitter_id} of the events it starts.
 */
@Entity
@Table(name = "MR_EMAIL_TRIGGER")
public class EmailTrigger {
    /** The prefix of email triggers' ids. */
    public static final String ID_PREFIX = "ei_";

    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, unique = true, length = 32)
    private String mailboxKey;
    @Column(nullable = false, length = 32)
    private String workflowId;
    private int position;
    private long createdAt;
    private long updatedAt;

    protected EmailTrigger() {
    }

    public EmailTrigger(String id, String mailboxKey, String workflowId, int position, long now) {
        this.id = id;
        this.mailboxKey = mailboxKey;
        this.workflowId = workflowId;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String key() { return mailboxKey; }
    public String workflowId() { return workflowId; }
    public int position() { return position; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
}
