package io.millrace.domain.accounts;

import io.millrace.domain.apps.AuthType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * An account of an app connected to a workspace (Pipedream's {@code apn_…}). Its credentials (the JSON object steps
 * see as {@code $auth}; for OAuth with the refresh token) are kept only sealed, bound to the account's id. A workspace
 * account has an owner and is private to them (and the workspace's admins) unless shared with the workspace; a Connect
 * account instead names a project, an environment and the external user it belongs to. Health: when the credentials
 * were last refreshed, the last error, and whether the account is dead (its grant revoked or refused: it must be
 * connected again).
 */
@Entity
@Table(name = "MR_ACCOUNT", indexes = {
        @Index(name = "MR_ACCOUNT_WS", columnList = "workspaceId,createdAt"),
        @Index(name = "MR_ACCOUNT_EXT", columnList = "projectId,externalUserId")})
public class ConnectedAccount {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    /** The Connect project; null for a workspace's own account. */
    @Column(length = 32)
    private String projectId;
    /** The Connect environment ({@code development}, {@code production}); null for a workspace's own account. */
    @Column(length = 16)
    private String environment;
    /** The Connect external user; null for a workspace's own account. */
    @Column(length = 255)
    private String externalUserId;
    /** The user who connected it; null for a Connect account. */
    @Column(length = 32)
    private String ownerId;
    private boolean shared;
    @Column(nullable = false, length = 32)
    private String appId;
    @Column(nullable = false, length = 64)
    private String appSlug;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AuthType authType;
    @Column(length = 255)
    private String name;
    /** The workspace OAuth client the account was connected through (MR_APP_OAUTH_CLIENT), for OAuth. */
    @Column(length = 32)
    private String oauthClientId;
    @Lob
    @Column(nullable = false)
    private String sealedCredentials;
    /** When the access token expires (epoch ms); null: not known or not OAuth. */
    private Long expiresAt;
    @Column(length = 2048)
    private String scopes;
    private Long lastRefreshAt;
    @Column(length = 1024)
    private String lastError;
    private Long lastErrorAt;
    private boolean dead;
    private long createdAt;
    private long updatedAt;

    protected ConnectedAccount() {
    }

    /** A workspace account owned by {@code ownerId}, private to them. */
    public ConnectedAccount(String id, String workspaceId, String ownerId, String appId, String appSlug, AuthType authType,
                            String name, String sealedCredentials, long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.ownerId = ownerId;
        this.appId = appId;
        this.appSlug = appSlug;
        this.authType = authType;
        this.name = name;
        this.sealedCredentials = sealedCredentials;
        this.createdAt = now;
        this.updatedAt = now;
        this.lastRefreshAt = now;
    }

    /** Makes this a Connect account of an external user in a project's environment. */
    public ConnectedAccount forExternalUser(String projectId, String environment, String externalUserId) {
        this.projectId = projectId;
        this.environment = environment;
        this.externalUserId = externalUserId;
        this.ownerId = null;
        return this;
    }

    /** Records the OAuth client, the access token's expiry and the granted scopes. */
    public ConnectedAccount withOAuth(String oauthClientId, Long expiresAt, String scopes) {
        this.oauthClientId = oauthClientId;
        this.expiresAt = expiresAt;
        this.scopes = scopes;
        return this;
    }

    /** New credentials from a refresh (or reconnection): the account is healthy again. */
    public void refreshed(String sealedCredentials, Long expiresAt, String scopes, long now) {
        this.sealedCredentials = sealedCredentials;
        this.expiresAt = expiresAt;
        if (scopes != null) {
            this.scopes = scopes;
        }
        this.lastRefreshAt = now;
        this.lastError = null;
        this.lastErrorAt = null;
        this.dead = false;
        this.updatedAt = now;
    }

    /** A refresh failed; {@code dead} when the provider refused the grant (revoked, expired): reconnect. */
    public void failed(String error, boolean dead, long now) {
        this.lastError = error == null ? null : error.substring(0, Math.min(1024, error.length()));
        this.lastErrorAt = now;
        this.dead = this.dead || dead;
        this.updatedAt = now;
    }

    /** The access token was refused (a 401 the runtime reported): the next use refreshes it first. */
    public void expireNow(long now) {
        if (expiresAt == null || expiresAt > now) {
            expiresAt = now;
        }
    }

    public void rename(String name, long now) {
        this.name = name;
        this.updatedAt = now;
    }

    public void share(boolean shared, long now) {
        this.shared = shared;
        this.updatedAt = now;
    }

    /** Whether the access token is missing its expiry margin: it expires within {@code marginMillis} of {@code now}. */
    public boolean expiresWithin(long now, long marginMillis) {
        return authType == AuthType.OAUTH && expiresAt != null && expiresAt - marginMillis <= now;
    }

    public boolean healthy() {
        return !dead && lastError == null;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String projectId() { return projectId; }
    public String environment() { return environment; }
    public String externalUserId() { return externalUserId; }
    public String ownerId() { return ownerId; }
    public boolean shared() { return shared; }
    public String appId() { return appId; }
    public String appSlug() { return appSlug; }
    public AuthType authType() { return authType; }
    public String name() { return name; }
    public String oauthClientId() { return oauthClientId; }
    public String sealedCredentials() { return sealedCredentials; }
    public Long expiresAt() { return expiresAt; }
    public String scopes() { return scopes; }
    public Long lastRefreshAt() { return lastRefreshAt; }
    public String lastError() { return lastError; }
    public Long lastErrorAt() { return lastErrorAt; }
    public boolean dead() { return dead; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
}
