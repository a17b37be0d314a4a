package io.millrace.domain.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A listener's subscription to an emitter's channel. {@code origin} tells where it came from:
 * {@value #API} ({@code POST /v1/subscriptions}), {@value #TRIGGER} (a workflow's {@code source} trigger,
 * replaced at each deployment) or {@value #AUTO} (an auto-subscription, when the emitter was created).
 */
@Entity
@Table(name = "MR_SUBSCRIPTION", indexes = {
        @Index(name = "MR_SUBSCRIPTION_EMITTER", columnList = "workspaceId,emitterId"),
        @Index(name = "MR_SUBSCRIPTION_LISTENER", columnList = "listenerId")})
public class Subscription {
    public static final String API = "api";
    public static final String TRIGGER = "trigger";
    public static final String AUTO = "auto";

    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String emitterId;
    @Column(nullable = false, length = 32)
    private String listenerId;
    /** The channel; "" for the default one. */
    @Column(nullable = false, length = 255)
    private String eventName;
    @Column(nullable = false, length = 16)
    private String origin;
    private long createdAt;

    protected Subscription() {
    }

    public Subscription(String id, String workspaceId, String emitterId, String listenerId, String eventName,
                        String origin, long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.emitterId = emitterId;
        this.listenerId = listenerId;
        this.eventName = eventName == null ? "" : eventName;
        this.origin = origin;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String emitterId() { return emitterId; }
    public String listenerId() { return listenerId; }
    public String eventName() { return eventName; }
    public String origin() { return origin; }
    public long createdAt() { return createdAt; }
}
