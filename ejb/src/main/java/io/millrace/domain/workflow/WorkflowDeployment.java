package io.millrace.domain.workflow;

import io.millrace.shared.JsonText;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An immutable version of a workflow's definition. Every deploy creates one. */
@Entity
@Cacheable
@Table(name = "MR_DEPLOYMENT")
public class WorkflowDeployment {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workflowId;
    private int version;
    @Lob
    @Column(nullable = false)
    private String definitionJson;
    private boolean customResponse;
    private long createdAt;
    @Transient
    private WorkflowDefinition definition;

    protected WorkflowDeployment() {
    }

    public WorkflowDeployment(String id, String workflowId, int version, WorkflowDefinition definition, long now) {
        this.id = id;
        this.workflowId = workflowId;
        this.version = version;
        this.definition = definition;
        this.definitionJson = JsonText.write(definition.toJson());
        this.customResponse = definition.usesCustomResponse();
        this.createdAt = now;
    }

    public String id() { return id; }
    public String workflowId() { return workflowId; }
    public int version() { return version; }
    /** True when a step calls {@code $.respond}: the HTTP caller then waits for the step's response. */
    public boolean customResponse() { return customResponse; }
    public long createdAt() { return createdAt; }

    /** The definition; deployments are immutable, so parsed definitions are shared by id. */
    public WorkflowDefinition definition() {
        if (definition == null) {
            definition = PARSED.computeIfAbsent(id,
                    key -> WorkflowDefinition.fromJson(JsonText.parseObject(definitionJson)));
        }
        return definition;
    }

    private static final Map<String, WorkflowDefinition> PARSED = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, WorkflowDefinition> eldest) {
                    return size() > 1000;
                }
            });
}
