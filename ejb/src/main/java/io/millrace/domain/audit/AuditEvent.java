package io.millrace.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One entry of a workspace's audit log. Append-only: nothing changes it after it is stored; only
 * retention deletes it. {@code createdAt} is the time the change occurred (the name the list paging
 * of every repository orders by).
 */
@Entity
@Table(name = "MR_AUDIT_EVENT", indexes = {
        @Index(name = "MR_AUDIT_WS_TIME", columnList = "WORKSPACE_ID, CREATED_AT"),
        @Index(name = "MR_AUDIT_TIME", columnList = "CREATED_AT")})
public class AuditEvent {
    /** The longest details text kept. */
    public static final int DETAILS_MAX = 4000;

    @Id
    @Column(length = 32)
    private String id;
    @Column(name = "WORKSPACE_ID", nullable = false, length = 32)
    private String workspaceId;
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;
    @Column(nullable = false, length = 16)
    private String actorType;
    @Column(length = 64)
    private String actorId;
    private String actorName;
    @Column(nullable = false, length = 64)
    private String action;
    @Column(nullable = false, length = 32)
    private String targetType;
    @Column(nullable = false, length = 64)
    private String targetId;
    @Column(length = 64)
    private String address;
    @Lob
    @Column(nullable = false, length = DETAILS_MAX)
    private String details;

    protected AuditEvent() {
    }

    /**
     * @param address the client address of the request, or null outside a request
     * @param details a JSON object as text, without secret values
     */
    public AuditEvent(String id, String workspaceId, long occurredAt, Actor actor, String action, Target target,
                      String address, String details) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.createdAt = occurredAt;
        this.actorType = actor.type().wireName();
        this.actorId = cut(actor.id(), 64);
        this.actorName = cut(actor.name(), 255);
        this.action = AuditActions.check(action);
        this.targetType = target.type();
        this.targetId = cut(target.id(), 64);
        this.address = cut(address, 64);
        this.details = details == null ? "{}" : details;
        if (this.details.length() > DETAILS_MAX) {
            throw new IllegalArgumentException("audit details over " + DETAILS_MAX + " characters");
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public long occurredAt() { return createdAt; }
    public Actor actor() { return new Actor(ActorType.ofWireName(actorType), actorId, actorName); }
    public String action() { return action; }
    public Target target() { return new Target(targetType, targetId); }
    public String address() { return address; }
    public String details() { return details; }
}
