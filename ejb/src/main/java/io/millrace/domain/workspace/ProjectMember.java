package io.millrace.domain.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A member listed on a restricted project: it may see the project. */
@Entity
@Table(name = "MR_PROJECT_MEMBER", indexes = @Index(name = "MR_PROJECT_MEMBER_USER", columnList = "userId"))
public class ProjectMember {
    /** {@code projectId/userId}: a member is listed once. */
    @Id
    @Column(length = 72)
    private String id;
    @Column(nullable = false, length = 32)
    private String projectId;
    @Column(nullable = false, length = 32)
    private String userId;

    protected ProjectMember() {
    }

    public ProjectMember(String projectId, String userId) {
        this.id = projectId + "/" + userId;
        this.projectId = projectId;
        this.userId = userId;
    }

    public String id() { return id; }
    public String projectId() { return projectId; }
    public String userId() { return userId; }
}
