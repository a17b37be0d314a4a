package io.millrace.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * An OAuth authorization sent to the browser and not answered yet: stored under a keyed digest of its
 * {@code state} (the state itself is never stored), with the PKCE code verifier sealed, who started it, for which
 * app, client and account name, and where the browser goes afterwards. Taken once by the callback; expires after
 * {@link #LIFETIME_MILLIS}.
 */
@Entity
@Table(name = "MR_ACCOUNT_PENDING")
public class PendingAuthorization {
    public static final long LIFETIME_MILLIS = 10 * 60 * 1000L;

    @Id
    @Column(length = 64)
    private String stateDigest;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(length = 32)
    private String userId;
    @Column(nullable = false, length = 32)
    private String appId;
    @Column(nullable = false, length = 32)
    private String oauthClientId;
    @Lob
    @Column(nullable = false)
    private String sealedVerifier;
    @Column(nullable = false, length = 2048)
    private String redirectUri;
    @Column(length = 255)
    private String accountName;
    @Column(length = 2048)
    private String returnUrl;
    /** For the Connect API: the project, environment and external user the account is for; else null. */
    @Column(length = 32)
    private String projectId;
    @Column(length = 16)
    private String environment;
    @Column(length = 255)
    private String externalUserId;
    private long expiresAt;

    protected PendingAuthorization() {
    }

    public PendingAuthorization(String stateDigest, String workspaceId, String userId, String appId, String oauthClientId,
                                String sealedVerifier, String redirectUri, String accountName, String returnUrl, long now) {
        this.stateDigest = stateDigest;
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.appId = appId;
        this.oauthClientId = oauthClientId;
        this.sealedVerifier = sealedVerifier;
        this.redirectUri = redirectUri;
        this.accountName = accountName;
        this.returnUrl = returnUrl;
        this.expiresAt = now + LIFETIME_MILLIS;
    }

    public PendingAuthorization forExternalUser(String projectId, String environment, String externalUserId) {
        this.projectId = projectId;
        this.environment = environment;
        this.externalUserId = externalUserId;
        return this;
    }

    public boolean expired(long now) {
        return now >= expiresAt;
    }

    public String stateDigest() { return stateDigest; }
    public String workspaceId() { return workspaceId; }
    public String userId() { return userId; }
    public String appId() { return appId; }
    public String oauthClientId() { return oauthClientId; }
    public String sealedVerifier() { return sealedVerifier; }
    public String redirectUri() { return redirectUri; }
    public String accountName() { return accountName; }
    public String returnUrl() { return returnUrl; }
    public String projectId() { return projectId; }
    public String environment() { return environment; }
    public String externalUserId() { return externalUserId; }
    public long expiresAt() { return expiresAt; }
}
