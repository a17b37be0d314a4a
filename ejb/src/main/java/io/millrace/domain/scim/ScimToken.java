package io.millrace.domain.scim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A bearer token with which a workspace's identity provider calls {@code /scim/v2}. Only its SHA-256 is
 * stored, with a short hint; it is shown once when created. Revoking deletes it.
 */
@Entity
@Table(name = "MR_SCIM_TOKEN", indexes = @Index(name = "MR_SCIM_TOKEN_WS", columnList = "workspaceId"))
public class ScimToken {
    /** The longest token name. */
    public static final int NAME_MAX = 100;

    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = NAME_MAX)
    private String name;
    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash;
    @Column(length = 32)
    private String hint;
    private long createdAt;

    protected ScimToken() {
    }

    public ScimToken(String id, String workspaceId, String name, String tokenHash, String hint, long createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.hint = hint;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String name() { return name; }
    public String tokenHash() { return tokenHash; }
    public String hint() { return hint; }
    public long createdAt() { return createdAt; }
}
