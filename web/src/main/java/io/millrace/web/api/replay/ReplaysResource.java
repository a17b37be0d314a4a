package io.millrace.web.api.replay;

import io.millrace.application.replay.BulkReplays;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ReplaySchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Bulk replays (Millrace's own paths): a Jakarta Batch job replays executions chosen by ids or by the history's
 * filter, oldest first, through each workflow's live deployment, concurrency, throttle and queue.
 */
@Path("v1/replays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReplaysResource {
    private static final String CONFLICT = "the replay's status does not allow it";
    private static final String FORBIDDEN = "the caller neither started the replay nor is an admin or the owner of the"
            + " workspace";

    @Inject
    BulkReplays replays;
    @Inject
    ReplayStreams streams;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createReplay", summary = "Replay executions by ids or by a history filter, as a batch job")
    @APIResponse(responseCode = "202", description = "the replay job, starting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplaySchemas.ReplayJobData.class)))
    @APIResponse(responseCode = "404", description = "an id, workflow or project that is not the caller's; nothing is replayed")
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = ReplaySchemas.NewReplay.class))) String body) {
        return Response.accepted(Envelope.data(ReplayJson.of(replays.start(caller.user(), RequestBodies.read(null, body)))))
                .build();
    }

    @GET
    @Operation(operationId = "listReplays", summary = "The workspace's replay jobs, newest first")
    @APIResponse(responseCode = "200", description = "a page of replay jobs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplaySchemas.ReplayJobList.class)))
    public JsonObject list(@QueryParam("limit") String limit, @QueryParam("after") String after,
                           @QueryParam("before") String before) {
        return Envelope.list(replays.list(caller.user(), Paging.of(limit, after, before)), ReplayJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReplay", summary = "A replay job and its progress")
    @APIResponse(responseCode = "200", description = "the replay job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplaySchemas.ReplayJobData.class)))
    public JsonObject get(@PathParam("id") String id) {
        return Envelope.data(ReplayJson.of(replays.get(caller.user(), id)));
    }

    @GET
    @Path("{id}/sse")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamReplayProgress", summary = "A replay job's progress, live (Server-Sent Events)")
    @APIResponse(responseCode = "200", description = "progress events until the job stops, completes, fails or is abandoned",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(type = SchemaType.STRING, description = "event: progress, data: the replay job as"
                            + " GET /v1/replays/{id} answers it (without the envelope), id: how many items were handled;"
                            + " sent when it changes, the first at once; the stream ends after the event of a settled job")))
    public void sse(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        streams.open(caller.user().workspaceId(), id, sink, sse);
    }

    @POST
    @Path("{id}/stop")
    @Operation(operationId = "stopReplay", summary = "Stop a replay job after the item it is on")
    @APIResponse(responseCode = "200", description = "the replay job, stopping or stopped",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplaySchemas.ReplayJobData.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = CONFLICT + " (not starting or running)")
    public JsonObject stop(@PathParam("id") String id) {
        return Envelope.data(ReplayJson.of(replays.stop(caller.user(), id)));
    }

    @POST
    @Path("{id}/restart")
    @Operation(operationId = "restartReplay", summary = "Restart a stopped or failed replay job from its checkpoint")
    @APIResponse(responseCode = "200", description = "the replay job, starting again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplaySchemas.ReplayJobData.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = CONFLICT + " (not stopped or failed)")
    public JsonObject restart(@PathParam("id") String id) {
        return Envelope.data(ReplayJson.of(replays.restart(caller.user(), id)));
    }

    @POST
    @Path("{id}/abandon")
    @Operation(operationId = "abandonReplay", summary = "Abandon a stopped or failed replay job for good")
    @APIResponse(responseCode = "200", description = "the replay job, abandoned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplaySchemas.ReplayJobData.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = CONFLICT + " (not stopped or failed)")
    public JsonObject abandon(@PathParam("id") String id) {
        return Envelope.data(ReplayJson.of(replays.abandon(caller.user(), id)));
    }
}
