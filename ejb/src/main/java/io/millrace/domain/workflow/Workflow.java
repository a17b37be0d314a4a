package io.millrace.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A workflow: a name, whether it runs, and its current deployment (the definition that runs).
 * Deleting a workflow marks it deleted so its execution history stays readable.
 */
@Entity
@Table(name = "MR_WORKFLOW")
public class Workflow {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String projectId;
    /** The folder of the project it is in, or null (the project's root). */
    @Column(length = 32)
    private String folderId;
    @Column(nullable = false)
    private String name;
    private boolean active;
    @Column(length = 32)
    private String deploymentId;
    private int version;
    private boolean deleted;
    /** Throttle window: when it started (epoch ms), how many executions started in it. */
    private Long windowStart;
    private int windowCount;
    /** When a wake-up to reopen the throttle is already scheduled (epoch ms). */
    private Long wakeUpAt;
    private long createdAt;
    private long updatedAt;

    protected Workflow() {
    }

    public Workflow(String id, String workspaceId, String projectId, String name, boolean active, long now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.name = name;
        this.active = active;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Makes {@code deployment} the running definition. */
    public void deploy(WorkflowDeployment deployment, long now) {
        this.deploymentId = deployment.id();
        this.version = deployment.version();
        this.name = deployment.definition().name();
        this.updatedAt = now;
    }

    public void activate(boolean active, long now) {
        this.active = active;
        this.updatedAt = now;
    }

    public void delete(long now) {
        this.deleted = true;
        this.active = false;
        this.updatedAt = now;
    }

    public void throttleWindow(Long start, int count) {
        this.windowStart = start;
        this.windowCount = count;
    }

    public void wakeUpAt(Long at) {
        this.wakeUpAt = at;
    }

    public Long windowStart() { return windowStart; }
    public int windowCount() { return windowCount; }
    public Long wakeUpAt() { return wakeUpAt; }
    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public String projectId() { return projectId; }
    public String folderId() { return folderId; }

    /** Moves the workflow to a project and one of its folders (null: the project's root). */
    public void placeIn(String newProjectId, String newFolderId, long now) {
        this.projectId = newProjectId;
        this.folderId = newFolderId;
        this.updatedAt = now;
    }
    public String name() { return name; }
    public boolean active() { return active; }
    public String deploymentId() { return deploymentId; }
    public int version() { return version; }
    public boolean deleted() { return deleted; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
}
