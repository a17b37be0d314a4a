package io.millrace.domain.scim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * What a workspace's identity provider knows of one user, kept apart from the user (which is server-wide):
 * its {@code externalId}, name and display name in that workspace, and whether SCIM created the user
 * ({@code provisioned}; only then may SCIM change the user's email). The link outlives a deactivation (the
 * membership goes, the link stays, the user shows {@code active: false}); a SCIM DELETE removes it.
 */
@Entity
@Table(name = "MR_SCIM_LINK",
        uniqueConstraints = @UniqueConstraint(name = "MR_SCIM_LINK_ONCE", columnNames = {"workspaceId", "userId"}))
public class ScimLink {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String userId;
    @Column(length = ScimNames.MAX)
    private String externalId;
    @Column(length = ScimNames.MAX)
    private String givenName;
    @Column(length = ScimNames.MAX)
    private String familyName;
    @Column(length = ScimNames.MAX)
    private String displayName;
    private boolean provisioned;
    private long createdAt;
    private long updatedAt;

    protected ScimLink() {
    }

    public ScimLink(String id, String workspaceId, String userId, boolean provisioned, long createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.provisioned = provisioned;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Replaces what the identity provider says of the user (nulls remove). */
    public void describe(ScimNames names, long now) {
        this.externalId = names.externalId();
        this.givenName = names.givenName();
        this.familyName = names.familyName();
        this.displayName = names.displayName();
        this.updatedAt = now;
    }

    public ScimNames names() {
        return new ScimNames(externalId, givenName, familyName, displayName);
    }

    public void touch(long now) {
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String userId() { return userId; }
    public boolean provisioned() { return provisioned; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
}
