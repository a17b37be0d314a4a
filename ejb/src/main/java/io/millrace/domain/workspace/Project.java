package io.millrace.domain.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A project groups workflows, sources, data stores, env vars and folders inside a workspace. Every
 * member sees it unless it is restricted to its listed members ({@link ProjectAccessRule}).
 */
@Entity
@Table(name = "MR_PROJECT")
public class Project {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false)
    private String name;
    private long createdAt;
    /** The creator's user id; null for projects made before projects had owners. */
    @Column(length = 32)
    private String ownerId;
    /** Null (projects from before) means false. */
    private Boolean restricted;

    protected Project() {
    }

    public Project(String id, String workspaceId, String name, long createdAt) {
        this(id, workspaceId, name, null, createdAt);
    }

    public Project(String id, String workspaceId, String name, String ownerId, long createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.name = name;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.restricted = false;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void restrict(boolean restrict) {
        this.restricted = restrict;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String name() { return name; }
    public long createdAt() { return createdAt; }
    public String ownerId() { return ownerId; }
    public boolean restricted() { return Boolean.TRUE.equals(restricted); }
}
