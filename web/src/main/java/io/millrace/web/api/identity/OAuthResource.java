package io.millrace.web.api.identity;

import io.millrace.application.identity.OAuthTokens;
import io.millrace.web.openapi.CommonSchemas;
import io.millrace.web.openapi.OAuthSchemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * The client-credentials token endpoints. They need no Bearer: the client authenticates with its
 * {@code client_id} and {@code client_secret} in a JSON or form body (or HTTP Basic). Refusals are in
 * RFC 6749's error shape; both answer 401 and 429 alike.
 */
@Path("v1/oauth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
@SecurityRequirementsSet
@APIResponse(responseCode = "401", description = "unknown client or wrong secret",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = CommonSchemas.OAuthError.class)))
@APIResponse(responseCode = "429", description = "slow_down: too many wrong secrets from this address; see Retry-After",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = CommonSchemas.OAuthError.class)))
public class OAuthResource {
    @Inject
    OAuthTokens tokens;
    @Context
    HttpServletRequest http;

    @POST
    @Path("token")
    @Operation(operationId = "getAccessToken", summary = "Exchange a client id and secret for a one-hour access token")
    @APIResponse(responseCode = "200", description = "a new access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthSchemas.AccessToken.class)))
    @APIResponse(responseCode = "400", description = "missing parameter or unsupported grant type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommonSchemas.OAuthError.class)))
    public Response token(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @RequestBody(content = {
                                  @Content(mediaType = MediaType.APPLICATION_JSON,
                                          schema = @Schema(implementation = OAuthSchemas.TokenRequest.class)),
                                  @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                          schema = @Schema(implementation = OAuthSchemas.TokenRequest.class))})
                          String body) {
        Map<String, String> p = OAuthParams.read(type, body, authorization);
        JsonObject token = OAuthJson.token(tokens.issue(p.get("grant_type"), p.get("client_id"), p.get("client_secret"),
                http.getRemoteAddr()));
        return Response.ok(token).header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
    }

    @POST
    @Path("revoke")
    @Operation(operationId = "revokeAccessToken", summary = "Revoke an access token of the client",
            description = "Answers {} also for a token that is unknown, expired or of another client (RFC 7009)")
    @APIResponse(responseCode = "200", description = "{}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthSchemas.Empty.class)))
    @APIResponse(responseCode = "400", description = "missing parameter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommonSchemas.OAuthError.class)))
    public JsonObject revoke(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @RequestBody(content = {
                                     @Content(mediaType = MediaType.APPLICATION_JSON,
                                             schema = @Schema(implementation = OAuthSchemas.RevokeRequest.class)),
                                     @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                             schema = @Schema(implementation = OAuthSchemas.RevokeRequest.class))})
                             String body) {
        Map<String, String> p = OAuthParams.read(type, body, authorization);
        tokens.revoke(p.get("token"), p.get("client_id"), p.get("client_secret"), http.getRemoteAddr());
        return Jsonp.createObjectBuilder().build();
    }
}
