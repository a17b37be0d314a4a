package io.millrace.domain.connect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A trigger deployed for an external user: the source ({@link #sourceId()}, a {@code dc_…} of the project) and who
 * owns it, with its listeners: the webhook URLs and workflows its events go to (JSON arrays of strings).
 */
@Entity
@Table(name = "MR_CONNECT_TRIGGER", indexes = @Index(name = "MR_CONNECT_TRIGGER_USER", columnList = "externalUserId,createdAt"))
public class ConnectTrigger {
    @Id
    @Column(length = 32)
    private String sourceId;
    /** The {@link ExternalUser#id()}. */
    @Column(nullable = false, length = 32)
    private String externalUserId;
    @Lob
    @Column(nullable = false)
    private String webhookUrlsJson;
    @Lob
    @Column(nullable = false)
    private String workflowIdsJson;
    private long createdAt;

    protected ConnectTrigger() {
    }

    public ConnectTrigger(String sourceId, String externalUserId, long createdAt) {
        this.sourceId = sourceId;
        this.externalUserId = externalUserId;
        this.webhookUrlsJson = "[]";
        this.workflowIdsJson = "[]";
        this.createdAt = createdAt;
    }

    public String sourceId() { return sourceId; }
    public String externalUserId() { return externalUserId; }
    public String webhookUrlsJson() { return webhookUrlsJson; }
    public String workflowIdsJson() { return workflowIdsJson; }
    public long createdAt() { return createdAt; }

    public void webhookUrls(String json) {
        webhookUrlsJson = json;
    }

    public void workflowIds(String json) {
        workflowIdsJson = json;
    }
}
