package io.millrace.web.api.source;

import io.millrace.web.openapi.SourceSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /sources/{id}/sse}, the path the seed's RSS example uses (without {@code /v1}); the same
 * stream as {@code GET /v1/sources/{id}/sse}, with the same API key.
 */
@Path("sources")
@RequestScoped
public class SourceStreamResource {
    @Inject
    SourceStreams streams;
    @Inject
    Caller caller;

    @GET
    @Path("{id}/sse")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamSourceEventsAtSeedPath",
            summary = SourceSchemas.SSE_SUMMARY + " (the seed's path, without /v1)")
    @APIResponse(responseCode = "200", description = SourceSchemas.SSE_DESCRIPTION,
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(type = SchemaType.STRING, description = SourceSchemas.SSE_FORMAT)))
    public void sse(@PathParam("id") String id,
                    @Parameter(description = "resume after this event id") @HeaderParam("Last-Event-ID") String lastEventId,
                    @Context SseEventSink sink, @Context Sse sse) {
        streams.open(caller.user(), id, lastEventId, sink, sse);
    }
}
