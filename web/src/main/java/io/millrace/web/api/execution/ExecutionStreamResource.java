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

/** {@code GET /v1/workflows/{id}/executions/sse}: the workflow's executions as they are stored, start and end. */
@Path("v1/workflows/{id}/executions/sse")
@RequestScoped
public class ExecutionStreamResource {
    @Inject
    ExecutionStreams streams;
    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamWorkflowExecutions",
            summary = "The workflow's executions live, as Server-Sent Events: each change of status as it happens")
    @APIResponse(responseCode = "200", description = "an open event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = "first an event 'ready', then one event 'execution' per change, with id: the"
                            + " execution's id and data: {\"id\", \"workflow_id\", \"status\"} (queued, executing,"
                            + " paused, success, error, timeout, cancelled); ':keepalive' comments every 15 s")))
    public void sse(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        streams.open(caller.user(), id, sink, sse);
    }
}
