package io.millrace.domain.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A user's place in a workspace, with its {@link Role}. A user belongs to any number of workspaces. */
@Entity
@Table(name = "MR_MEMBERSHIP",
        uniqueConstraints = @UniqueConstraint(name = "MR_MEMBERSHIP_ONCE", columnNames = {"workspaceId", "userId"}),
        indexes = @Index(name = "MR_MEMBERSHIP_USER", columnList = "userId"))
public class Membership {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;
    private long createdAt;

    protected Membership() {
    }

    public Membership(String id, String workspaceId, String userId, Role role, long createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** Gives the member another role; the owner's role is changed only by a transfer of ownership. */
    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String userId() { return userId; }
    public Role role() { return role; }
    public long createdAt() { return createdAt; }
}
