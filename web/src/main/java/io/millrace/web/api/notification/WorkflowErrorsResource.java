package io.millrace.web.api.notification;

import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Expand;
import io.millrace.application.notification.ErrorEvents;
import io.millrace.domain.errors.ErrorEvent;
import io.millrace.shared.Page;
import io.millrace.web.openapi.WorkflowSchemas;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A workflow's {@code $errors} stream: its last (up to 100) error events, newest first. The path
 * takes {@code $errors} literally or percent-encoded ({@code %24errors}, as {@code encodeURIComponent}
 * writes it).
 */
@Path("v1/workflows/{id}/{stream: \\$errors|%24errors}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowErrorsResource {
    @Inject
    ErrorEvents errors;
    @Inject
    Caller caller;

    /**
     * {@code limit} 1 to 100 (default 100); {@code expand=event} shows events over 1 KB in full (see
     * {@link ErrorEventJson} for the truncation otherwise).
     */
    @GET
    @Path("event_summaries")
    @Operation(operationId = "listWorkflowErrors", summary = "The workflow's last (up to 100) errors, newest first")
    @APIResponse(responseCode = "200", description = "the errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ErrorEventList.class)))
    public JsonObject eventSummaries(@PathParam("id") String id,
                                     @Parameter(description = "$errors", schema = @Schema(enumeration = "$errors"))
                                     @PathParam("stream") String stream,
                                     @Parameter(description = "1 to 100, default 100") @QueryParam("limit") String limit,
                                     @Parameter(description = "event: show events over 1 KB in full")
                                     @QueryParam("expand") List<String> expand) {
        Page<ErrorEvent> page = errors.latest(caller.user(), id, Paging.limit(limit, ErrorEvents.SHOWN));
        boolean full = Expand.event(expand);
        return Envelope.list(page, e -> ErrorEventJson.render(e, full));
    }

}
