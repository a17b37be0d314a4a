package io.millrace.web.api.execution;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.application.execution.ExecutionCommands;
import io.millrace.application.execution.ExecutionDeletions;
import io.millrace.application.execution.HistoryParameters;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.HistorySchemas;
import io.millrace.application.execution.ExecutionQueries;
import io.millrace.application.intake.Replays;
import io.millrace.web.openapi.WorkflowSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    ExecutionDeletions deletions;
    @Inject
    Caller caller;

    private static final String STATUS = "only these statuses (queued, executing, success, error, timeout, paused,"
            + " cancelled); repeated or comma-separated";
    private static final String WORKFLOW_ID = "only these workflows' executions (at most 100); repeated or comma-separated";
    private static final String PROJECT_ID = "only executions of these projects' workflows (at most 100); repeated or"
            + " comma-separated";
    private static final String TRIGGER_TYPE = "only executions started by these kinds of trigger (http, source,"
            + " workflow, email, schedule); repeated or comma-separated";
    private static final String REPLAYED = "true: only replays; false: only executions that are not replays";
    private static final String Q = "only executions whose error name or message contains this text (any case, at"
            + " most 200 characters)";
    private static final String SINCE = "began (created) at or after this ISO-8601 time or date";
    private static final String UNTIL = "began (created) before this ISO-8601 time or date";

    /** The workspace's execution history across its workflows, newest first, filtered. */
    @GET
    @Operation(operationId = "listExecutions", summary = "The workspace's executions across workflows, newest first, without steps")
    @APIResponse(responseCode = "200", description = "a page of executions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ExecutionList.class)))
    public JsonObject history(
            @Parameter(description = STATUS) @QueryParam("status") List<String> status,
            @Parameter(description = WORKFLOW_ID) @QueryParam("workflow_id") List<String> workflowId,
            @Parameter(description = PROJECT_ID) @QueryParam("project_id") List<String> projectId,
            @Parameter(description = TRIGGER_TYPE) @QueryParam("trigger_type") List<String> triggerType,
            @Parameter(description = REPLAYED) @QueryParam("replayed") String replayed,
            @Parameter(description = Q) @QueryParam("q") String q,
            @Parameter(description = SINCE) @QueryParam("since") String since,
            @Parameter(description = UNTIL) @QueryParam("until") String until,
            @QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("before") String before) {
        return Envelope.list(executions.history(caller.user(), HistoryParameters.ofQuery(status, workflowId, projectId,
                triggerType, replayed, q, since, until), Paging.of(limit, after, before)), ExecutionJson::summary);
    }

    /** How many executions per status the same history holds (every status named), and their total. */
    @GET
    @Path("counts")
    @Operation(operationId = "countExecutions", summary = "Counts per status of the workspace's execution history")
    @APIResponse(responseCode = "200", description = "the counts per status and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistorySchemas.ExecutionCountsData.class)))
    public JsonObject counts(
            @Parameter(description = STATUS) @QueryParam("status") List<String> status,
            @Parameter(description = WORKFLOW_ID) @QueryParam("workflow_id") List<String> workflowId,
            @Parameter(description = PROJECT_ID) @QueryParam("project_id") List<String> projectId,
            @Parameter(description = TRIGGER_TYPE) @QueryParam("trigger_type") List<String> triggerType,
            @Parameter(description = REPLAYED) @QueryParam("replayed") String replayed,
            @Parameter(description = Q) @QueryParam("q") String q,
            @Parameter(description = SINCE) @QueryParam("since") String since,
            @Parameter(description = UNTIL) @QueryParam("until") String until) {
        JsonObjectBuilder counts = Jsonp.createObjectBuilder();
        long total = 0;
        for (Map.Entry<ExecutionStatus, Long> count : executions.historyCounts(caller.user(), HistoryParameters.ofQuery(
                status, workflowId, projectId, triggerType, replayed, q, since, until)).entrySet()) {
            counts.add(count.getKey().wireName(), count.getValue());
            total += count.getValue();
        }
        return Envelope.data(counts.add("total", total));
    }

    /** Deletes finished executions by id or by the history's filter, in chunks; the others are skipped. */
    @POST
    @Path("delete")
    @Operation(operationId = "deleteExecutions", summary = "Delete finished executions by ids or by a history filter")
    @APIResponse(responseCode = "200", description = "how many were deleted, and which were skipped (not finished)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistorySchemas.ExecutionDeletionResultData.class)))
    @APIResponse(responseCode = "404", description = "an id, workflow or project that is not the caller's; nothing was deleted")
    public JsonObject deleteMany(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                         schema = @Schema(implementation = HistorySchemas.ExecutionDeletion.class)))
                                 String body) {
        ExecutionDeletions.Result result = deletions.delete(caller.user(), RequestBodies.read(null, body));
        JsonArrayBuilder skipped = Jsonp.createArrayBuilder();
        result.skipped().forEach(s -> skipped.add(Jsonp.createObjectBuilder().add("id", s.id())
                .add("status", s.status().wireName())));
        return Envelope.data(Jsonp.createObjectBuilder().add("count", result.deleted()).add("skipped", skipped)
                .add("skipped_count", result.skippedCount()));
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
    @APIResponse(responseCode = "409", description = "the workflow is not active; from a step: a step before it changed since"
            + " the original ran, or did not succeed in it")
    @APIResponse(responseCode = "429", description = "Event Queue Full: the workflow's queue is full; see Retry-After")
    public JsonObject replay(@PathParam("id") String id,
                             @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = HistorySchemas.ReplayRequest.class)))
                             String body) {
        String replay = replays.replayAsAsked(caller.user(), id,
                body == null || body.isBlank() ? null : RequestBodies.read(null, body));
        return Envelope.data(ExecutionJson.full(executions.get(caller.user(), replay)));
    }

    /**
     * Build from event: sends an execution's trigger event (or, with {@code {"event": {…}}}, an edited one) to the
     * workflow's current deployment as a test event ({@code steps.trigger.context.test} true), also while the
     * workflow is not active.
     */
    @POST
    @Path("{id}/test")
    @Operation(operationId = "testWithExecutionEvent", summary = "Send an execution's trigger event to the workflow as a test event")
    @APIResponse(responseCode = "200", description = "the new execution (steps.trigger.context.test is true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ExecutionData.class)))
    @APIResponse(responseCode = "400", description = "the body is not an object, names another field, or its event is not an object")
    @APIResponse(responseCode = "404", description = "no such execution in the caller's workspace, or its workflow was deleted")
    @APIResponse(responseCode = "429", description = "Event Queue Full: the workflow's queue is full; see Retry-After")
    public JsonObject test(@PathParam("id") String id,
                           @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = HistorySchemas.TestRequest.class)))
                           String body) {
        return Envelope.data(ExecutionJson.full(replays.test(caller.user(), id,
                body == null || body.isBlank() ? null : RequestBodies.read(null, body))));
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
