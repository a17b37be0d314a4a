package io.millrace.web.api.source;

import io.millrace.web.api.support.Expand;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.source.SourceEvents;
import io.millrace.application.source.SourceService;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.shared.Page;
import io.millrace.domain.events.SystemChannels;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.millrace.web.openapi.SourceSchemas;
import io.millrace.web.security.Caller;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Event sources: create, change, delete, their events, runs and live stream. */
@Path("v1/sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {
    @Inject
    SourceService sources;
    @Inject
    SourceEvents events;
    @Inject
    SourceStreams streams;
    @Inject
    Caller caller;

    /** Deploys a source: runs its {@code deploy} and {@code activate} hooks and starts its interfaces. */
    @POST
    @Operation(operationId = "createSource",
            summary = "Deploy a source: its deploy and activate hooks run and its timer or HTTP endpoint goes live")
    @APIResponse(responseCode = "200", description = "the source, deployed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceSchemas.SourceData.class)))
    public JsonObject create(@HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceSchemas.NewSource.class))) String body) {
        return Envelope.data(SourceJson.render(sources.create(caller.user(),
                RequestBodies.read(type, body))));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSource", summary = "A source")
    @APIResponse(responseCode = "200", description = "the source",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceSchemas.SourceData.class)))
    public JsonObject get(@PathParam("id") String id) {
        return Envelope.data(SourceJson.render(sources.get(caller.user(), id)));
    }

    /** Changes the component, configured props, name or {@code active}, running the hooks that go with it. */
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateSource",
            summary = "Change the component, configured props, name or active of a source, running its hooks")
    @APIResponse(responseCode = "200", description = "the source after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceSchemas.SourceData.class)))
    public JsonObject update(@PathParam("id") String id, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceSchemas.SourceChange.class))) String body) {
        return Envelope.data(SourceJson.render(sources.update(caller.user(), id,
                RequestBodies.read(type, body))));
    }

    /** Runs the {@code deactivate} hook and deletes the source; its events are removed asynchronously. */
    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSource",
            summary = "Delete a source: its deactivate hook runs; its events and runs are removed in the background")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") String id) {
        sources.delete(caller.user(), id);
        return Response.noContent().build();
    }

    /** The events the source emitted, newest first: the last 100 (or {@code limit}), pageable with cursors. */
    @GET
    @Path("{id}/event_summaries")
    @Operation(operationId = "listSourceEvents", summary = "The events the source emitted, newest first")
    @APIResponse(responseCode = "200", description = "a page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceSchemas.SourceEventList.class)))
    public JsonObject eventSummaries(@PathParam("id") String id,
                                     @Parameter(description = "1 to 100, default 100") @QueryParam("limit") String limit,
                                     @Parameter(description = "event: show events over 1 KB in full")
                                     @QueryParam("expand") List<String> expand, @QueryParam("after") String after,
                                     @QueryParam("before") String before) {
        return summaries(id, null, limit, expand, after, before);
    }

    /**
     * The source's {@code $errors}, {@code $logs} or {@code $test} channel (also percent-encoded as {@code %24…});
     * {@code $test} holds the requests sent to its endpoint with {@code x-pd-notrigger: 1}.
     */
    @GET
    @Path("{id}/{stream: \\$errors|%24errors|\\$logs|%24logs|\\$test|%24test}/event_summaries")
    @Operation(operationId = "listSourceChannelEvents", summary = "The source's $errors, $logs or $test channel, newest first")
    @APIResponse(responseCode = "200", description = "a page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceSchemas.SourceEventList.class)))
    public JsonObject systemChannel(@PathParam("id") String id,
                                    @Parameter(description = "$errors, $logs or $test (also percent-encoded)",
                                            schema = @Schema(enumeration = {"$errors", "$logs", "$test"}))
                                    @PathParam("stream") String stream,
                                    @Parameter(description = "1 to 100, default 100") @QueryParam("limit") String limit,
                                    @Parameter(description = "event: show events over 1 KB in full")
                                    @QueryParam("expand") List<String> expand,
                                    @QueryParam("after") String after, @QueryParam("before") String before) {
        String channel = stream.endsWith("errors") ? SystemChannels.ERRORS
                : stream.endsWith("test") ? SystemChannels.TEST : SystemChannels.LOGS;
        return summaries(id, channel, limit, expand, after, before);
    }

    /** Deletes all events, or those from {@code start_id} to {@code end_id} (both included), asynchronously. */
    @DELETE
    @Path("{id}/events")
    @Operation(operationId = "deleteSourceEvents",
            summary = "Delete all the source's events, or those from start_id to end_id (both included), in the background")
    @APIResponse(responseCode = "202", description = "accepted; the events are deleted in the background (no body)")
    public Response deleteEvents(@PathParam("id") String id,
                                 @Parameter(description = "the first event id to delete (default: the oldest)")
                                 @QueryParam("start_id") String startId,
                                 @Parameter(description = "the last event id to delete (default: the newest)")
                                 @QueryParam("end_id") String endId) {
        events.requestDelete(caller.user(), id, startId, endId);
        return Response.accepted().build();
    }

    /** The source's runs (hooks, timer ticks, HTTP requests) with their logs, newest first. */
    @GET
    @Path("{id}/runs")
    @Operation(operationId = "listSourceRuns",
            summary = "The source's runs (hooks, timer ticks, HTTP requests), newest first")
    @APIResponse(responseCode = "200", description = "a page of runs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceSchemas.SourceRunList.class)))
    public JsonObject runs(@PathParam("id") String id, @QueryParam("limit") String limit,
                           @QueryParam("after") String after, @QueryParam("before") String before) {
        return Envelope.list(sources.runs(caller.user(), id, Paging.of(limit, after, before)),
                SourceRunJson::render);
    }

    /** Server-Sent Events: the last 100 events (or those after {@code Last-Event-ID}), then new ones live. */
    @GET
    @Path("{id}/sse")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamSourceEvents", summary = SourceSchemas.SSE_SUMMARY)
    @APIResponse(responseCode = "200", description = SourceSchemas.SSE_DESCRIPTION,
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(type = SchemaType.STRING, description = SourceSchemas.SSE_FORMAT)))
    public void sse(@PathParam("id") String id,
                    @Parameter(description = "resume after this event id") @HeaderParam("Last-Event-ID") String lastEventId,
                    @Context SseEventSink sink, @Context Sse sse) {
        streams.open(caller.user(), id, lastEventId, sink, sse);
    }

    private JsonObject summaries(String id, String channel, String limit, List<String> expand, String after,
                                 String before) {
        Page<EmittedEvent> page = events.summaries(caller.user(), id, channel,
                Paging.limit(limit, PageRequest.MAX_LIMIT), Paging.cursor(after), Paging.cursor(before));
        boolean full = Expand.event(expand);
        return Envelope.list(page, e -> SourceEventJson.withSdkFields(SourceEventJson.render(e, full), e, full));
    }

}
