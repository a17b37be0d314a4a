package io.millrace.web.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Workflows, their executions, queue and $errors stream. */
public final class WorkflowSchemas {
    private WorkflowSchemas() {
    }

    @Schema(name = "Workflow")
    public record Workflow(
            @Schema(example = "p_u3FzBT7j") String id,
            String name,
            boolean active,
            String org_id,
            String project_id,
            int version,
            String deployment_id,
            List<HttpTrigger> triggers,
            List<Map<String, Object>> steps,
            Map<String, Object> settings,
            long created_at,
            long updated_at) {
    }

    @Schema(name = "HttpTrigger")
    public record HttpTrigger(
            @Schema(example = "hi_FJM5kEoA") String id,
            @Schema(enumeration = "http") String type,
            String key,
            String endpoint_url,
            boolean custom_response,
            long created_at,
            long updated_at) {
    }

    @Schema(name = "WorkflowData")
    public record WorkflowData(Workflow data) {
    }

    @Schema(name = "WorkflowList")
    public record WorkflowList(CommonSchemas.PageInfo page_info, List<Workflow> data) {
    }

    @Schema(name = "WorkflowDefinition", description = "A workflow definition (docs/workflow-format.md); on update"
            + " every field is optional")
    public record WorkflowDefinition(
            String name,
            @Schema(nullable = true) String project_id,
            Boolean active,
            List<Map<String, Object>> triggers,
            List<Map<String, Object>> steps,
            Map<String, Object> settings) {
    }

    @Schema(name = "Execution", description = "trigger and steps are only in GET /v1/executions/{id}")
    public record Execution(
            String id,
            String workflow_id,
            String deployment_id,
            @Schema(enumeration = {"queued", "executing", "success", "error", "timeout", "paused", "cancelled"})
            String status,
            @Schema(format = "date-time") String created_at,
            @Schema(nullable = true, format = "date-time") String dispatched_at,
            @Schema(nullable = true, format = "date-time") String started_at,
            @Schema(nullable = true, format = "date-time") String finished_at,
            @Schema(nullable = true) Long duration_ms,
            @Schema(nullable = true) Map<String, Object> error,
            int attempts,
            @Schema(nullable = true, format = "date-time") String resume_at,
            Map<String, Object> trigger,
            List<Map<String, Object>> steps) {
    }

    @Schema(name = "ExecutionData")
    public record ExecutionData(Execution data) {
    }

    @Schema(name = "ExecutionList")
    public record ExecutionList(CommonSchemas.PageInfo page_info, List<Execution> data) {
    }

    @Schema(name = "Queue")
    public record Queue(
            String workflow_id, long queued, long dispatched, long in_flight, long paused, int queue_size,
            @Schema(nullable = true) Long oldest_queued_age_ms,
            @Schema(nullable = true) Integer concurrency,
            @Schema(nullable = true) String concurrency_key,
            @Schema(nullable = true) Map<String, Object> throttle) {
    }

    @Schema(name = "QueueData")
    public record QueueData(Queue data) {
    }

    @Schema(name = "ErrorEvent", description = "One entry of a $errors stream")
    public record ErrorEvent(
            @Schema(example = "1606370816223-0") String id,
            long indexed_at_ms,
            Map<String, Object> event,
            Map<String, Object> metadata) {
    }

    @Schema(name = "ErrorEventList")
    public record ErrorEventList(CommonSchemas.PageInfo page_info, List<ErrorEvent> data) {
    }
}
