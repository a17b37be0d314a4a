package io.millrace.domain.apps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Arrays;
import java.util.List;

/**
 * A workspace's own OAuth client for an app (Pipedream's custom OAuth clients): the client id, the client secret
 * kept only sealed (bound to this record's id), and the scopes its accounts ask for (the app's when empty). One per
 * workspace and app; accounts connected through it remember it, to refresh and revoke their tokens.
 */
@Entity
@Table(name = "MR_APP_OAUTH_CLIENT", uniqueConstraints = @UniqueConstraint(columnNames = {"WORKSPACEID", "APPID"}))
public class AppOAuthClient {
    @Id
    @Column(length = 32)
    private String id;
    @Column(name = "WORKSPACEID", nullable = false, length = 32)
    private String workspaceId;
    @Column(name = "APPID", nullable = false, length = 32)
    private String appId;
    @Column(length = 255)
    private String name;
    @Column(nullable = false, length = 512)
    private String clientId;
    @Lob
    @Column(nullable = false)
    private String sealedSecret;
    @Column(length = 2048)
    private String scopes;
    private long createdAt;

    protected AppOAuthClient() {
    }

    public AppOAuthClient(String id, String workspaceId, String appId, String name, String clientId, String sealedSecret,
                          List<String> scopes, long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.appId = appId;
        this.name = name;
        this.clientId = clientId;
        this.sealedSecret = sealedSecret;
        this.scopes = scopes == null ? null : String.join(" ", scopes);
        this.createdAt = now;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String appId() { return appId; }
    public String name() { return name; }
    public String clientId() { return clientId; }
    public String sealedSecret() { return sealedSecret; }
    /** The scopes to ask for; empty: the app's. */
    public List<String> scopes() {
        return scopes == null || scopes.isBlank() ? List.of() : Arrays.asList(scopes.trim().split(" +"));
    }
    public long createdAt() { return createdAt; }
}
