package io.millrace.domain.workflow;

import io.millrace.shared.JsonText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A workflow's saved but undeployed changes: a whole definition, validated like a deploy, that nothing
 * runs. A workflow has at most one draft; deploying it makes it the next version and removes it.
 */
@Entity
@Table(name = "MR_WORKFLOW_DRAFT")
public class WorkflowDraft {
    @Id
    @Column(length = 32)
    private String workflowId;
    @Lob
    @Column(nullable = false)
    private String definitionJson;
    /** The version that was live when the draft was last saved. */
    private int baseVersion;
    @Column(length = 32)
    private String authorId;
    @Column(length = WorkflowDeployment.MAX_MESSAGE_LENGTH)
    private String message;
    private long createdAt;
    private long updatedAt;

    protected WorkflowDraft() {
    }

    public WorkflowDraft(String workflowId, long now) {
        this.workflowId = workflowId;
        this.createdAt = now;
    }

    /** Replaces the draft's definition; a null message keeps the one it has. */
    public void save(WorkflowDefinition definition, int liveVersion, String author, String newMessage, long now) {
        this.definitionJson = JsonText.write(definition.toJson());
        this.baseVersion = liveVersion;
        this.authorId = author;
        if (newMessage != null) {
            this.message = newMessage;
        }
        this.updatedAt = now;
    }

    public String workflowId() { return workflowId; }
    public WorkflowDefinition definition() {
        return WorkflowDefinition.fromJson(JsonText.parseObject(definitionJson));
    }
    public int baseVersion() { return baseVersion; }
    public String authorId() { return authorId; }
    public String message() { return message; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
}
