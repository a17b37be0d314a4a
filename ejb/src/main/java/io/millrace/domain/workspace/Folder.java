package io.millrace.domain.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A folder inside a project, at its root ({@code parentId} null) or inside another folder. */
@Entity
@Table(name = "MR_FOLDER", indexes = @Index(name = "MR_FOLDER_PROJECT", columnList = "projectId"))
public class Folder {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String projectId;
    @Column(length = 32)
    private String parentId;
    @Column(nullable = false)
    private String name;
    private long createdAt;

    protected Folder() {
    }

    public Folder(String id, String projectId, String parentId, String name, long createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.parentId = parentId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void moveTo(String newParentId) {
        this.parentId = newParentId;
    }

    public String id() { return id; }
    public String projectId() { return projectId; }
    public String parentId() { return parentId; }
    public String name() { return name; }
    public long createdAt() { return createdAt; }
}
