package io.millrace.domain.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An access token issued to an {@link OAuthClient}, identified by the SHA-256 of the token. Revoking
 * deletes the row. Not in the shared cache: a token revoked on one node must stop working on all.
 */
@Entity
@Table(name = "MR_ACCESS_TOKEN")
public class AccessToken {
    @Id
    @Column(length = 64)
    private String tokenHash;
    @Column(nullable = false, length = 32)
    private String clientId;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    private long createdAt;
    private long expiresAt;

    protected AccessToken() {
    }

    public AccessToken(String tokenHash, String clientId, String workspaceId, long createdAt, long expiresAt) {
        this.tokenHash = tokenHash;
        this.clientId = clientId;
        this.workspaceId = workspaceId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String tokenHash() { return tokenHash; }
    public String clientId() { return clientId; }
    public String workspaceId() { return workspaceId; }
    public long createdAt() { return createdAt; }
    public long expiresAt() { return expiresAt; }

    public boolean validAt(long now) {
        return now < expiresAt;
    }
}
