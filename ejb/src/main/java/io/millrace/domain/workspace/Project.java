package io.millrace.domain.workspace;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A project groups workflows inside a workspace. */
@Entity
@Cacheable
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

    protected Project() {
    }

    public Project(String id, String workspaceId, String name, long createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String name() { return name; }
    public long createdAt() { return createdAt; }
}
