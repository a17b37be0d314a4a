package io.millrace.web.api.workflow;

import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Expand;
import io.millrace.web.api.source.SourceEventJson;
import io.millrace.application.workflow.WorkflowEmits;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.shared.Page;
import io.millrace.web.openapi.SubscriptionSchemas;
import io.millrace.web.security.Caller;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /v1/workflows/{id}/event_summaries}: the events the workflow emitted with {@code $.send.emit}
 * (all channels; {@code metadata.name} is the channel), in the shape of a source's event summaries.
 */
@Path("v1/workflows/{id}/event_summaries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowEventsResource {
    @Inject
    WorkflowEmits emits;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listWorkflowEvents", summary = "The events the workflow emitted, newest first")
    @APIResponse(responseCode = "200", description = "the events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.EmittedEventList.class)))
    public JsonObject list(@PathParam("id") String id,
                           @Parameter(description = "1 to 100, default 100") @QueryParam("limit") String limit,
                           @Parameter(description = "event: show events over 1 KB in full")
                           @QueryParam("expand") List<String> expand,
                           @Parameter(description = "end_cursor of the previous page") @QueryParam("after") String after,
                           @Parameter(description = "start_cursor of the next page") @QueryParam("before") String before) {
        Page<EmittedEvent> page = emits.summaries(caller.user(), id,
                Paging.limit(limit, PageRequest.MAX_LIMIT), after, before);
        boolean full = Expand.event(expand);
        return Envelope.list(page, e -> SourceEventJson.render(e, full));
    }

}
