package io.millrace.web.api.execution;

import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /v1/workflows/{id}/sse}: the workflow's SSE destination ({@code $.send.sse}, seed page
 * /workflows/data-management/destinations/sse), for an {@code EventSource} or any SSE client.
 */
@Path("v1/workflows/{id}/sse")
@RequestScoped
public class DestinationStreamResource {
    @Inject
    DestinationStreams streams;
    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamWorkflowSse",
            summary = "The workflow's $.send.sse events as Server-Sent Events: the most recent 100, then each new one")
    @APIResponse(responseCode = "200", description = "an open event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = "one event per $.send.sse call, sent when its execution ends: event: the channel,"
                            + " data: the payload as JSON, id: the event's sequence number in the stream;"
                            + " ':keepalive' comments every 15 s")))
    public void sse(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        streams.open(caller.user(), id, sink, sse);
    }
}
