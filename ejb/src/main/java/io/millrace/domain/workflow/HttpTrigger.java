package io.millrace.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An HTTP endpoint ({@code /e/<key>}) that runs a workflow. It keeps its key across deployments. */
@Entity
@Table(name = "MR_HTTP_TRIGGER")
public class HttpTrigger {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, unique = true, length = 32)
    private String endpointKey;
    @Column(nullable = false, length = 32)
    private String workflowId;
    private int position;
    private long createdAt;
    private long updatedAt;

    protected HttpTrigger() {
    }

    public HttpTrigger(String id, String endpointKey, String workflowId, int position, long now) {
        this.id = id;
        this.endpointKey = endpointKey;
        this.workflowId = workflowId;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String key() { return endpointKey; }
    public String workflowId() { return workflowId; }
    public int position() { return position; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
}
