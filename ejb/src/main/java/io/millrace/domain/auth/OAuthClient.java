package io.millrace.domain.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An OAuth client of a workspace (client-credentials grant). Its id is the {@code client_id}; only the
 * SHA-256 of its secret is kept. Mutable (the secret rotates), so never in the shared cache.
 */
@Entity
@Table(name = "MR_OAUTH_CLIENT")
public class OAuthClient {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false, length = 64)
    private String secretHash;
    private long createdAt;
    private long updatedAt;

    protected OAuthClient() {
    }

    public OAuthClient(String id, String workspaceId, String name, String secretHash, long createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.name = name;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String name() { return name; }
    public String secretHash() { return secretHash; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }

    public void rotateSecret(String newSecretHash, long now) {
        this.secretHash = newSecretHash;
        this.updatedAt = now;
    }
}
