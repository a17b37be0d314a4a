package io.millrace.domain.workflow;

import io.millrace.shared.JsonText;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable version of a workflow's definition. Every deploy creates one, with who deployed it
 * ({@code authorId}, null for deployments stored before versions had authors) and an optional message.
 */
@Entity
@Cacheable
@Table(name = "MR_DEPLOYMENT", indexes = @Index(name = "MR_DEPLOYMENT_VERSION", columnList = "workflowId,version"))
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
    @Column(length = 32)
    private String authorId;
    @Column(length = MAX_MESSAGE_LENGTH)
    private String message;
    @Transient
    private Parsed parsed;

    /** The longest deploy message. */
    public static final int MAX_MESSAGE_LENGTH = 1000;

    protected WorkflowDeployment() {
    }

    public WorkflowDeployment(String id, String workflowId, int version, WorkflowDefinition definition, long now) {
        this(id, workflowId, version, definition, now, null, null);
    }

    /**
     * @param authorId the user who deployed it, or null
     * @param message  what the deploy changes, or null
     */
    public WorkflowDeployment(String id, String workflowId, int version, WorkflowDefinition definition, long now,
                              String authorId, String message) {
        this.authorId = authorId;
        this.message = message;
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
    /** The user who deployed this version, or null (deployments from before versions had authors). */
    public String authorId() { return authorId; }
    /** The deploy message, or null. */
    public String message() { return message; }

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
