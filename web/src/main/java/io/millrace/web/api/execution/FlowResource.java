package io.millrace.web.api.execution;

import io.millrace.web.api.support.Envelope;
import io.millrace.application.execution.ExecutionCommands;
import io.millrace.shared.Jsonp;
import io.millrace.web.openapi.FlowSchemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import io.millrace.application.execution.FlowRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
 * The {@code resume_url}, {@code cancel_url} and {@code rerun_url} of paused executions ({@code $.flow.delay},
 * {@code $.flow.suspend}, {@code $.flow.rerun}, a failed step waiting for its retry): no API key (the token in the
 * URL is the secret), GET (a browser) or POST (any HTTP client). A POST's body becomes a suspended step's
 * {@code $resume_data} (or, for a rerun, {@code $.context.run.callback_request}).
 */
@Path("flow/{id}/{action}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlowResource {
    @Inject
    ExecutionCommands commands;

    @GET
    @Operation(operationId = "followFlowUrl",
            summary = "Resume, cancel or rerun a paused execution (a resume_url, cancel_url or rerun_url); no API key")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "resumed or cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FlowSchemas.FlowResultData.class)))
    public JsonObject get(@Parameter(description = "the execution id") @PathParam("id") String id,
                          @Parameter(description = "resume, cancel or rerun", schema = @Schema(enumeration = {"resume", "cancel", "rerun"}))
                          @PathParam("action") String action,
                          @Parameter(description = "the URL's token (the secret)", required = true)
                          @QueryParam("token") String token,
                          @Context HttpHeaders headers, @Context UriInfo uri) {
        return act(id, action, token, request("GET", headers, uri, ""));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "postFlowUrl",
            summary = "Resume, cancel or rerun a paused execution (a resume_url, cancel_url or rerun_url); no API key")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "resumed or cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FlowSchemas.FlowResultData.class)))
    public JsonObject post(@Parameter(description = "the execution id") @PathParam("id") String id,
                           @Parameter(description = "resume, cancel or rerun", schema = @Schema(enumeration = {"resume", "cancel", "rerun"}))
                           @PathParam("action") String action,
                           @Parameter(description = "the URL's token (the secret)", required = true)
                           @QueryParam("token") String token,
                           @Context HttpHeaders headers, @Context UriInfo uri,
                           @RequestBody(description = "any data: a suspended step's $resume_data (JSON when it"
                                   + " parses), or a rerun's callback_request body",
                                   content = @Content(mediaType = MediaType.WILDCARD,
                                           schema = @Schema(type = SchemaType.STRING))) byte[] body) {
        return act(id, action, token, request("POST", headers, uri, text(body, headers.getMediaType())));
    }

    /** The body as text in its declared charset; UTF-8 when none is declared or the declared one is unknown. */
    private static String text(byte[] body, MediaType type) {
        if (body == null) {
            return "";
        }
        Charset charset = StandardCharsets.UTF_8;
        String declared = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (declared != null) {
            try {
                charset = Charset.forName(declared.trim());
            } catch (IllegalArgumentException unknown) { // IllegalCharsetName, UnsupportedCharset: a client's mistake
                charset = StandardCharsets.UTF_8;
            }
        }
        return new String(body, charset);
    }

    /** The request as the resumed step sees it, without the token (the secret). */
    private static FlowRequest request(String method, HttpHeaders headers, UriInfo uri, String body) {
        Map<String, List<String>> query = new LinkedHashMap<>(uri.getQueryParameters());
        query.remove("token");
        Map<String, String> h = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("authorization") && !lower.equals("cookie")) {
                h.put(lower, String.join(", ", values));
            }
        });
        return new FlowRequest(method, "/" + uri.getPath(), query, h, body);
    }

    private JsonObject act(String id, String action, String token, FlowRequest request) {
        String result = commands.byFlowUrl(id, action, token, request);
        return Envelope.data(Jsonp.createObjectBuilder().add("id", id).add("status", result));
    }
}
