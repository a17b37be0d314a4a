package io.millrace.web.api.workflow;

import io.millrace.application.execution.ExecutionQueries;
import io.millrace.application.intake.ScheduleIntake;
import io.millrace.web.api.execution.ExecutionJson;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.openapi.WorkflowSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /v1/workflows/{id}/triggers/{trigger_id}/run}: Run Now (seed: "manually run the workflow associated
 * with a scheduled job at any time"): one event of the schedule trigger, at once, as a new execution.
 */
@Path("v1/workflows/{id}/triggers/{trigger_id}/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleRunResource {
    @Inject
    ScheduleIntake schedules;
    @Inject
    ExecutionQueries executions;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "runScheduleTrigger", summary = "Run Now: fire a schedule trigger once, at once")
    @APIResponse(responseCode = "200", description = "the new execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ExecutionData.class)))
    @APIResponse(responseCode = "404", description = "no such workflow in the caller's workspace, or no such schedule trigger")
    @APIResponse(responseCode = "429", description = "Event Queue Full: the workflow's queue is full; see Retry-After")
    public JsonObject run(@PathParam("id") String id, @PathParam("trigger_id") String triggerId) {
        String execution = schedules.runNow(caller.user(), id, triggerId);
        return Envelope.data(ExecutionJson.full(executions.get(caller.user(), execution)).build());
    }
}
