package io.millrace.domain.connect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A Connect token ({@code ctok_…}): lets one external user of one project's environment connect an account from a
 * browser, until it expires (4 hours by default). Identified by the SHA-256 of the token; the token is never stored.
 */
@Entity
@Table(name = "MR_CONNECT_TOKEN", indexes = @Index(name = "MR_CONNECT_TOKEN_USER", columnList = "externalUserId"))
public class ConnectToken {
    @Id
    @Column(length = 64)
    private String tokenHash;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConnectEnvironment environment;
    /** The {@link ExternalUser#id()}. */
    @Column(nullable = false, length = 32)
    private String externalUserId;
    /** The request's options as JSON: allowed origins, redirect URIs, webhook URI, app. */
    @Lob
    private String optionsJson;
    private long createdAt;
    private long expiresAt;

    protected ConnectToken() {
    }

    public ConnectToken(String tokenHash, ExternalUser user, String optionsJson, long createdAt, long expiresAt) {
        this.tokenHash = tokenHash;
        this.workspaceId = user.workspaceId();
        this.projectId = user.projectId();
        this.environment = user.environment();
        this.externalUserId = user.id();
        this.optionsJson = optionsJson;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String tokenHash() { return tokenHash; }
    public String workspaceId() { return workspaceId; }
    public String projectId() { return projectId; }
    public ConnectEnvironment environment() { return environment; }
    public String externalUserId() { return externalUserId; }
    public String optionsJson() { return optionsJson == null ? "{}" : optionsJson; }
    public long createdAt() { return createdAt; }
    public long expiresAt() { return expiresAt; }

    public boolean validAt(long now) {
        return now < expiresAt;
    }
}
