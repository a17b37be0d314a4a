package io.millrace.domain.connect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * An end user of a company's product, known to a project's environment by the id the company gives it
 * ({@code external_user_id}, at most 250 characters). Created when a Connect token is issued, an action runs or a
 * trigger is deployed for that id.
 */
@Entity
@Table(name = "MR_CONNECT_USER",
        uniqueConstraints = @UniqueConstraint(name = "MR_CONNECT_USER_EXT", columnNames = {"projectId", "environment", "externalId"}),
        indexes = @Index(name = "MR_CONNECT_USER_LIST", columnList = "projectId,environment,createdAt"))
public class ExternalUser {
    /** The longest external user id Pipedream accepts. */
    public static final int MAX_EXTERNAL_ID = 250;

    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConnectEnvironment environment;
    @Column(nullable = false, length = MAX_EXTERNAL_ID)
    private String externalId;
    private long createdAt;
    private long updatedAt;

    protected ExternalUser() {
    }

    public ExternalUser(String id, String workspaceId, String projectId, ConnectEnvironment environment, String externalId,
            long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.environment = environment;
        this.externalId = externalId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String projectId() { return projectId; }
    public ConnectEnvironment environment() { return environment; }
    public String externalId() { return externalId; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }

    public void touch(long now) {
        updatedAt = now;
    }
}
