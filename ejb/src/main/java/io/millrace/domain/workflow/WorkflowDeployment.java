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
    private Parsed parsed;

    protected WorkflowDeployment() {
    }

    public WorkflowDeployment(String id, String workflowId, int version, WorkflowDefinition definition, long now) {
        this.id = id;
        this.workflowId = workflowId;
        this.version = version;
        this.parsed = new Parsed(definition);
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
        return parsed().definition;
    }

    /** What the definition's settings say about retention and error notifications. */
    public RetentionSettings retention() {
        return RetentionSettings.of(definition().settings());
    }

    /** The execution controls of the definition's settings, read once per deployment (shared by id as well). */
    public ExecutionControls controls() {
        return parsed().controls();
    }

    private Parsed parsed() {
        if (parsed == null) {
            parsed = PARSED.computeIfAbsent(id,
                    key -> new Parsed(WorkflowDefinition.fromJson(JsonText.parseObject(definitionJson))));
        }
        return parsed;
    }

    /** A parsed definition and, once asked for, its controls. */
    private static final class Parsed {
        final WorkflowDefinition definition;
        private volatile ExecutionControls controls;

        Parsed(WorkflowDefinition definition) {
            this.definition = definition;
        }

        ExecutionControls controls() {
            if (controls == null) {
                controls = ExecutionControls.of(definition.settings());
            }
            return controls;
        }
    }

    private static final Map<String, Parsed> PARSED = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
                    return size() > 1000;
                }
            });
}
