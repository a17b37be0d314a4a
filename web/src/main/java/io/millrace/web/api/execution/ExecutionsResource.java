package io.millrace.web.api.execution;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.application.execution.ExecutionCommands;
import io.millrace.application.execution.ExecutionQueries;
import io.millrace.application.intake.Replays;
import io.millrace.web.openapi.WorkflowSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("v1/executions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionsResource {
    @Inject
    ExecutionQueries executions;
    @Inject
    ExecutionCommands commands;
    @Inject
    Replays replays;
    @Inject
    Caller caller;

    /** The workspace's execution history across its workflows, newest first, filtered. */
    @GET
    @Operation(operationId = "listExecutions", summary = "The workspace's executions across workflows, newest first, without steps")
    @APIResponse(responseCode = "200", description = "a page of executions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ExecutionList.class)))
    public JsonObject history(
            @Parameter(description = "only these statuses, comma-separated (queued, executing, success, error, timeout, paused, cancelled)")
            @QueryParam("status") String status,
            @Parameter(description = "only this workflow's executions") @QueryParam("workflow_id") String workflowId,
            @Parameter(description = "created at or after this ISO-8601 time or date") @QueryParam("since") String since,
            @Parameter(description = "created before this ISO-8601 time or date") @QueryParam("until") String until,
            @QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("before") String before) {
        return Envelope.list(executions.history(caller.user(), status, workflowId, since, until,
                Paging.of(limit, after, before)), ExecutionJson::summary);
    }

    /** How many executions per status the same history holds (every status named), and their total. */
    @GET
    @Path("counts")
    @Operation(operationId = "countExecutions", summary = "Counts per status of the workspace's execution history")
    @APIResponse(responseCode = "200", description = "{\"data\": {\"queued\": n, …, \"cancelled\": n, \"total\": n}}")
    public JsonObject counts(
            @Parameter(description = "only these statuses, comma-separated") @QueryParam("status") String status,
            @Parameter(description = "only this workflow's executions") @QueryParam("workflow_id") String workflowId,
            @Parameter(description = "created at or after this ISO-8601 time or date") @QueryParam("since") String since,
            @Parameter(description = "created before this ISO-8601 time or date") @QueryParam("until") String until) {
        JsonObjectBuilder counts = Jsonp.createObjectBuilder();
        long total = 0;
        for (Map.Entry<ExecutionStatus, Long> count
                : executions.historyCounts(caller.user(), status, workflowId, since, until).entrySet()) {
            counts.add(count.getKey().wireName(), count.getValue());
            total += count.getValue();
        }
        return Envelope.data(counts.add("total", total));
    }

    /** One execution: trigger event and context, status, timings, and each step's result and logs. */
    @GET
    @Path("{id}")
    @Operation(operationId = "getExecution", summary = "One execution in full, with its trigger and steps")
    @APIResponse(responseCode = "200", description = "the execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ExecutionData.class)))
    public JsonObject get(@PathParam("id") String id) {
        return Envelope.data(ExecutionJson.full(executions.get(caller.user(), id)));
    }

    /** Runs the failed step of an execution waiting to retry now ({@code $attempt.rerun_url}). */
    @POST
    @Path("{id}/rerun")
    @Operation(operationId = "rerunExecution", summary = "Run the failed step of a paused execution now")
    @APIResponse(responseCode = "200", description = "the execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ExecutionData.class)))
    public JsonObject rerun(@PathParam("id") String id) {
        return Envelope.data(ExecutionJson.full(commands.rerun(caller.user(), id)));
    }

    /**
     * Replays an execution: its trigger event runs again as a new execution of the workflow's live deployment
     * ({@code steps.trigger.context.replay} true, the same {@code trace_id}), through its execution controls.
     */
    @POST
    @Path("{id}/replay")
    @Operation(operationId = "replayExecution", summary = "Run an execution's trigger event again, as a new execution")
    @APIResponse(responseCode = "200", description = "the new execution (replay_of names the original)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ExecutionData.class)))
    @APIResponse(responseCode = "404", description = "no such execution in the caller's workspace, or its workflow was deleted")
    @APIResponse(responseCode = "409", description = "the workflow is not active")
    @APIResponse(responseCode = "429", description = "Event Queue Full: the workflow's queue is full; see Retry-After")
    public JsonObject replay(@PathParam("id") String id) {
        String replay = replays.replay(caller.user(), id);
        return Envelope.data(ExecutionJson.full(executions.get(caller.user(), replay)));
    }

    /** Deletes a finished execution with its step results. */
    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteExecution", summary = "Delete a finished execution with its step results")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "400", description = "the execution has not finished: cancel it first")
    @APIResponse(responseCode = "404", description = "no such execution in the caller's workspace")
    public Response delete(@PathParam("id") String id) {
        commands.delete(caller.user(), id);
        return Response.noContent().build();
    }

    /** Cancels an execution that has not finished ({@code $attempt.cancel_url}). */
    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "cancelExecution", summary = "Cancel an execution that has not finished")
    @APIResponse(responseCode = "200", description = "the execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ExecutionData.class)))
    public JsonObject cancel(@PathParam("id") String id) {
        return Envelope.data(ExecutionJson.full(commands.cancel(caller.user(), id)));
    }
}
