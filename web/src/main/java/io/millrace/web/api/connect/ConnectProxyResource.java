package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectProxy;
import io.millrace.application.connect.ConnectScopes;
import io.millrace.application.connect.ProxyTransport;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/connect/{project_id}/proxy/{url_64}?external_user_id=…&account_id=…}: the request, sent to the app's
 * API with the account's credentials; the API's status, Content-Type and body are answered as they came.
 */
@Path("v1/connect/{project_id}/proxy")
@RequestScoped
public class ConnectProxyResource {
    private static final String SUMMARY = " through the Connect proxy, with the external user's account's credentials";
    private static final String ANSWER = "the API's answer (its status, Content-Type and body); 403 when the egress "
            + "policy refuses the address, 502 when it cannot be reached, 504 after 30 seconds";

    @Inject
    ConnectProxy proxy;
    @Inject
    ConnectScopes scopes;
    @Inject
    Caller caller;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{url_64}")
    @Operation(operationId = "connectProxyGet", summary = "GET the base64-encoded URL" + SUMMARY)
    @APIResponse(responseCode = "200", description = ANSWER, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "the API's JSON")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "502", description = "the API could not be reached")
    @APIResponse(responseCode = "504", description = "the API did not answer within 30 seconds")
    public Response get(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("url_64") String url64, @QueryParam("external_user_id") String externalUserId,
            @QueryParam("account_id") String accountId) {
        return forward("GET", projectId, environment, url64, externalUserId, accountId, null);
    }

    @POST
    @Path("{url_64}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "connectProxyPost", summary = "POST to the base64-encoded URL" + SUMMARY)
    @APIResponse(responseCode = "200", description = ANSWER, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "the API's JSON")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "502", description = "the API could not be reached")
    @APIResponse(responseCode = "504", description = "the API did not answer within 30 seconds")
    public Response post(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("url_64") String url64, @QueryParam("external_user_id") String externalUserId,
            @QueryParam("account_id") String accountId, @RequestBody(content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "sent to the API as it is")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))}) byte[] body) {
        return forward("POST", projectId, environment, url64, externalUserId, accountId, body);
    }

    @PUT
    @Path("{url_64}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "connectProxyPut", summary = "PUT to the base64-encoded URL" + SUMMARY)
    @APIResponse(responseCode = "200", description = ANSWER, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "the API's JSON")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "502", description = "the API could not be reached")
    @APIResponse(responseCode = "504", description = "the API did not answer within 30 seconds")
    public Response put(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("url_64") String url64, @QueryParam("external_user_id") String externalUserId,
            @QueryParam("account_id") String accountId, @RequestBody(content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "sent to the API as it is")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))}) byte[] body) {
        return forward("PUT", projectId, environment, url64, externalUserId, accountId, body);
    }

    @PATCH
    @Path("{url_64}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "connectProxyPatch", summary = "PATCH the base64-encoded URL" + SUMMARY)
    @APIResponse(responseCode = "200", description = ANSWER, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "the API's JSON")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "502", description = "the API could not be reached")
    @APIResponse(responseCode = "504", description = "the API did not answer within 30 seconds")
    public Response patch(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("url_64") String url64, @QueryParam("external_user_id") String externalUserId,
            @QueryParam("account_id") String accountId, @RequestBody(content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "sent to the API as it is")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))}) byte[] body) {
        return forward("PATCH", projectId, environment, url64, externalUserId, accountId, body);
    }

    @DELETE
    @Path("{url_64}")
    @Operation(operationId = "connectProxyDelete", summary = "DELETE the base64-encoded URL" + SUMMARY)
    @APIResponse(responseCode = "200", description = ANSWER, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "the API's JSON")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "502", description = "the API could not be reached")
    @APIResponse(responseCode = "504", description = "the API did not answer within 30 seconds")
    public Response delete(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("url_64") String url64, @QueryParam("external_user_id") String externalUserId,
            @QueryParam("account_id") String accountId) {
        return forward("DELETE", projectId, environment, url64, externalUserId, accountId, null);
    }

    private Response forward(String method, String projectId, String environment, String url64, String externalUserId,
                             String accountId, byte[] body) {
        Map<String, String> incoming = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : headers.getRequestHeaders().entrySet()) {
            if (!h.getValue().isEmpty()) {
                incoming.put(h.getKey(), String.join(", ", h.getValue()));
            }
        }
        ProxyTransport.Answer answer = proxy.forward(scopes.scope(caller.user(), projectId, environment),
                externalUserId, accountId, url64, method, incoming, body == null ? new byte[0] : body);
        Response.ResponseBuilder out = Response.status(answer.status());
        if (answer.body().length > 0) {
            out.entity(answer.body());
        }
        if (answer.contentType() != null) {
            out.header("Content-Type", answer.contentType());
        }
        return out.build();
    }
}
