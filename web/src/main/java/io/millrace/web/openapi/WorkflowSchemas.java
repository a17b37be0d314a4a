package io.millrace.web.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Workflows, their executions, queue and $errors stream. */
public final class WorkflowSchemas {
    private WorkflowSchemas() {
    }

    @Schema(name = "Workflow")
    public static class Workflow {
        @Schema(example = "p_u3FzBT7j")
        public String id;
        public String name;
        public boolean active;
        public String org_id;
        public String project_id;
        public int version;
        public String deployment_id;
        public List<HttpTrigger> triggers;
        public List<Map<String, Object>> steps;
        public Map<String, Object> settings;
        public long created_at;
        public long updated_at;
    }

    /** A trigger: an HTTP endpoint ({@code type} http, all fields but source_id and email_address), a source
     * ({@code type} source, only {@code type} and {@code source_id}) or a mailbox ({@code type} email: id, key,
     * email_address, created_at, updated_at). */
    @Schema(name = "HttpTrigger")
    public static class HttpTrigger {
        @Schema(example = "hi_FJM5kEoA")
        public String id;
        @Schema(enumeration = {"http", "source", "email"})
        public String type;
        @Schema(description = "the source whose events start executions (source triggers only)", example = "dc_abc123",
                nullable = true)
        public String source_id;
        public String key;
        public String endpoint_url;
        @Schema(description = "the address whose mail runs the workflow (email triggers only); <key>+<anything>@ reaches"
                + " it too", example = "eabc123def456ghi@mail.example.com", nullable = true)
        public String email_address;
        public boolean custom_response;
        public long created_at;
        public long updated_at;
    }

    @Schema(name = "WorkflowData")
    public static class WorkflowData {
        public Workflow data;
    }

    @Schema(name = "WorkflowList")
    public static class WorkflowList {
        public CommonSchemas.PageInfo page_info;
        public List<Workflow> data;
    }

    @Schema(name = "WorkflowDefinition", description = "A workflow definition (docs/workflow-format.md); on update"
            + " every field is optional")
    public static class WorkflowDefinition {
        public String name;
        @Schema(nullable = true)
        public String project_id;
        public Boolean active;
        public List<Map<String, Object>> triggers;
        public List<Map<String, Object>> steps;
        public Map<String, Object> settings;
        @Schema(nullable = true, description = "the deploy message of the version this creates (at most 1000 characters)")
        public String message;
    }

    @Schema(name = "Execution", description = "replays, trigger, steps and deliveries are only in GET /v1/executions/{id}")
    public static class Execution {
        public String id;
        public String workflow_id;
        public String deployment_id;
        @Schema(enumeration = {"queued", "executing", "success", "error", "timeout", "paused", "cancelled"})
        public String status;
        @Schema(format = "date-time")
        public String created_at;
        @Schema(nullable = true, format = "date-time")
        public String dispatched_at;
        @Schema(nullable = true, format = "date-time")
        public String started_at;
        @Schema(nullable = true, format = "date-time")
        public String finished_at;
        @Schema(nullable = true)
        public Long duration_ms;
        @Schema(nullable = true)
        public Map<String, Object> error;
        public int attempts;
        @Schema(nullable = true, format = "date-time")
        public String resume_at;
        @Schema(nullable = true, description = "the execution this one replays")
        public String replay_of;
        @Schema(description = "false when the execution keeps no event or step data (data_retention: false, or"
                + " x-pd-nostore: 1); it keeps its status, error and timings")
        public boolean data_stored;
        @Schema(description = "the executions that replayed this one, oldest first (at most 100)")
        public List<String> replays;
        public Map<String, Object> trigger;
        public List<Map<String, Object>> steps;
        @Schema(description = "what became of its destinations' deliveries (S3 objects): each {destination, target,"
                + " status (delivered, retrying, failed), attempts, message, at}, the latest attempt of each target")
        public List<Map<String, Object>> deliveries;
    }

    @Schema(name = "ExecutionData")
    public static class ExecutionData {
        public Execution data;
    }

    @Schema(name = "ExecutionList")
    public static class ExecutionList {
        public CommonSchemas.PageInfo page_info;
        public List<Execution> data;
    }

    @Schema(name = "Queue")
    public static class Queue {
        public String workflow_id;
        public long queued;
        public long dispatched;
        public long in_flight;
        public long paused;
        public int queue_size;
        @Schema(nullable = true)
        public Long oldest_queued_age_ms;
        @Schema(nullable = true)
        public Integer concurrency;
        @Schema(nullable = true)
        public String concurrency_key;
        @Schema(nullable = true)
        public Map<String, Object> throttle;
    }

    @Schema(name = "QueueData")
    public static class QueueData {
        public Queue data;
    }

    @Schema(name = "ErrorEvent", description = "One entry of a $errors stream")
    public static class ErrorEvent {
        @Schema(example = "1606370816223-0")
        public String id;
        public long indexed_at_ms;
        public Map<String, Object> event;
        public Map<String, Object> metadata;
    }

    @Schema(name = "ErrorEventList")
    public static class ErrorEventList {
        public CommonSchemas.PageInfo page_info;
        public List<ErrorEvent> data;
    }
}
