package io.millrace.web.api.workflow;

import io.millrace.application.workflow.WorkflowEmits;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.web.api.source.SourceEventJson;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.openapi.SubscriptionSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /v1/workflows/{id}/triggers/{trigger_id}/test_events}: the test events of an HTTP trigger, the
 * requests sent with {@code x-pd-notrigger: 1} (seed: "display the event in the list of test events"), in the
 * shape of event summaries, with the whole event ({@code expand=event} implied).
 */
@Path("v1/workflows/{id}/triggers/{trigger_id}/test_events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TriggerTestEventsResource {
    @Inject
    WorkflowEmits emits;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listTriggerTestEvents", summary = "The test events of an HTTP trigger (x-pd-notrigger), newest first")
    @APIResponse(responseCode = "200", description = "the events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.EmittedEventList.class)))
    public JsonObject list(@PathParam("id") String id, @PathParam("trigger_id") String triggerId,
                           @Parameter(description = "1 to 100, default 100") @QueryParam("limit") String limit,
                           @Parameter(description = "end_cursor of the previous page") @QueryParam("after") String after,
                           @Parameter(description = "start_cursor of the next page") @QueryParam("before") String before) {
        Page<EmittedEvent> page = emits.testEvents(caller.user(), id, triggerId,
                Paging.limit(limit, PageRequest.MAX_LIMIT), after, before);
        return Envelope.list(page, e -> SourceEventJson.render(e, true));
    }
}
