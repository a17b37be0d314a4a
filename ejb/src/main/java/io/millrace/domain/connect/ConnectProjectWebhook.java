package io.millrace.domain.connect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The webhook of a project environment: the URL that gets the environment's Connect webhooks (Connect Link's
 * {@code CONNECTION_SUCCESS} and {@code CONNECTION_ERROR}) and the key they are signed with. One per project and
 * environment ({@link #key(String, ConnectEnvironment)}).
 */
@Entity
@Table(name = "MR_CONNECT_PROJECT_WEBHOOK")
public class ConnectProjectWebhook {
    @Id
    @Column(length = 64)
    private String projectEnvironment;
    @Column(nullable = false, length = 32)
    private String id;
    @Column(nullable = false, length = 2048)
    private String url;
    @Column(nullable = false, length = 64)
    private String signingKey;
    private long createdAt;
    private long updatedAt;

    protected ConnectProjectWebhook() {
    }

    public ConnectProjectWebhook(String projectId, ConnectEnvironment environment, String id, String url,
            String signingKey, long now) {
        this.projectEnvironment = key(projectId, environment);
        this.id = id;
        this.url = url;
        this.signingKey = signingKey;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The primary key: {@code <project id>:<environment>}. */
    public static String key(String projectId, ConnectEnvironment environment) {
        return projectId + ":" + environment.label();
    }

    public String id() { return id; }
    public String url() { return url; }
    public String signingKey() { return signingKey; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }

    public void url(String url, long now) {
        this.url = url;
        this.updatedAt = now;
    }

    public void signingKey(String key, long now) {
        this.signingKey = key;
        this.updatedAt = now;
    }
}
