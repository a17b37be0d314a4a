package io.millrace.domain.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A URL that subscribed events are POSTed to ({@code wh_...}). A webhook with a {@link #signingKey()} (the Connect
 * API's trigger webhooks) has every delivery signed with it.
 */
@Entity
@Table(name = "MR_WEBHOOK", indexes = @Index(name = "MR_WEBHOOK_WS", columnList = "workspaceId"))
public class Webhook {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(length = 32)
    private String userId;
    @Column(length = 255)
    private String name;
    @Column(length = 1024)
    private String description;
    @Column(nullable = false, length = 2048)
    private String url;
    private boolean active;
    @Column(length = 64)
    private String signingKey;
    private long createdAt;
    private long updatedAt;

    protected Webhook() {
    }

    public Webhook(String id, String workspaceId, String userId, String name, String description, String url,
                   long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.name = name;
        this.description = description;
        this.url = url;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String userId() { return userId; }
    public String name() { return name; }
    public String description() { return description; }
    public String url() { return url; }
    public boolean active() { return active; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
    /** The key deliveries are signed with; null when they are not signed. */
    public String signingKey() { return signingKey; }

    /** Sets a new signing key (null: deliveries are no longer signed). */
    public void signingKey(String key, long now) {
        this.signingKey = key;
        this.updatedAt = now;
    }
}
