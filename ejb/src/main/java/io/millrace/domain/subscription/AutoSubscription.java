package io.millrace.domain.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Subscribes a listener to a channel ({@code $errors}, {@code $logs}, …) of every source and workflow created later. */
@Entity
@Table(name = "MR_AUTO_SUBSCRIPTION", indexes = @Index(name = "MR_AUTO_SUBSCRIPTION_WS", columnList = "workspaceId"))
public class AutoSubscription {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String listenerId;
    @Column(nullable = false, length = 255)
    private String eventName;
    private long createdAt;

    protected AutoSubscription() {
    }

    public AutoSubscription(String id, String workspaceId, String listenerId, String eventName, long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.listenerId = listenerId;
        this.eventName = eventName;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String listenerId() { return listenerId; }
    public String eventName() { return eventName; }
    public long createdAt() { return createdAt; }
}
