package io.millrace.web.api.execution;

import io.millrace.web.api.support.Envelope;
import io.millrace.application.execution.ExecutionCommands;
import io.millrace.shared.Jsonp;
import io.millrace.web.openapi.FlowSchemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * The {@code resume_url} and {@code cancel_url} of {@code $.flow.delay}: no API key (the token in the
 * URL is the secret), GET (a browser) or POST (any HTTP client).
 */
@Path("flow/{id}/{action}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlowResource {
    @Inject
    ExecutionCommands commands;

    @GET
    @Operation(operationId = "followFlowUrl",
            summary = "Resume or cancel a delayed execution (a $.flow.delay URL); no API key")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "resumed or cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FlowSchemas.FlowResultData.class)))
    public JsonObject get(@Parameter(description = "the execution id") @PathParam("id") String id,
                          @Parameter(description = "resume or cancel", schema = @Schema(enumeration = {"resume", "cancel"}))
                          @PathParam("action") String action,
                          @Parameter(description = "the URL's token (the secret)", required = true)
                          @QueryParam("token") String token) {
        return act(id, action, token);
    }

    @POST
    @Operation(operationId = "postFlowUrl",
            summary = "Resume or cancel a delayed execution (a $.flow.delay URL); no API key")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "resumed or cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FlowSchemas.FlowResultData.class)))
    public JsonObject post(@Parameter(description = "the execution id") @PathParam("id") String id,
                           @Parameter(description = "resume or cancel", schema = @Schema(enumeration = {"resume", "cancel"}))
                           @PathParam("action") String action,
                           @Parameter(description = "the URL's token (the secret)", required = true)
                           @QueryParam("token") String token) {
        return act(id, action, token);
    }

    private JsonObject act(String id, String action, String token) {
        String result = commands.byFlowUrl(id, action, token);
        return Envelope.data(Jsonp.createObjectBuilder().add("id", id).add("status", result));
    }
}
