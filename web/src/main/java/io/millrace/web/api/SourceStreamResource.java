package io.millrace.web.api;

import io.millrace.web.security.ApiKeyFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * {@code GET /sources/{id}/sse}, the path the seed's RSS example uses (without {@code /v1}); the same
 * stream as {@code GET /v1/sources/{id}/sse}, with the same API key.
 */
@Path("sources")
@RequestScoped
public class SourceStreamResource {
    @Inject
    SourceStreams streams;
    @Context
    SecurityContext security;

    @GET
    @Path("{id}/sse")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void sse(@PathParam("id") String id, @HeaderParam("Last-Event-ID") String lastEventId,
                    @Context SseEventSink sink, @Context Sse sse) {
        streams.open(ApiKeyFilter.caller(security), id, lastEventId, sink, sse);
    }
}
