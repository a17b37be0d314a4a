package io.millrace.domain.datastore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A data store: a named key-value store of one project. Its name is unique in the project.
 * {@link #recordCount} is the number of its record rows, expired ones not yet purged included; every
 * transaction that inserts or deletes records adjusts it by exactly its own rows, so counting live
 * records needs only the few expired rows, not a scan of all of them.
 */
@Entity
@Table(name = "MR_DATA_STORE", uniqueConstraints = @UniqueConstraint(columnNames = {"PROJECTID", "NAME"}))
public class Store {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(name = "PROJECTID", nullable = false, length = 32)
    private String projectId;
    @Column(name = "NAME", nullable = false, length = StoreRules.MAX_NAME_LENGTH)
    private String name;
    private long createdAt;
    private long updatedAt;
    private long recordCount;

    protected Store() {
    }

    public Store(String id, String workspaceId, String projectId, String name, long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newName, long now) {
        this.name = newName;
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String projectId() { return projectId; }
    public String name() { return name; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
    public long recordCount() { return recordCount; }
}
