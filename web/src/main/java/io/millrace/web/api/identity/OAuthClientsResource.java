package io.millrace.web.api.identity;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.identity.OAuthClients;
import io.millrace.web.openapi.OAuthSchemas;
import io.millrace.domain.workspace.User;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A workspace's OAuth clients (Millrace's own paths; Pipedream manages them in its web UI). Only
 * callers with a user API key of the workspace may manage them; an OAuth access token gets 403.
 */
@Path("v1/workspaces/{org_id}/oauth_clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OAuthClientsResource {
    @Inject
    OAuthClients clients;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createOAuthClient", summary = "Create an OAuth client; its secret is shown only in this answer")
    @APIResponse(responseCode = "200", description = "the client with client_id and client_secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthSchemas.OAuthClientData.class)))
    public JsonObject create(@PathParam("org_id") String orgId,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = OAuthSchemas.NewOAuthClient.class)))
                             String body) {
        return Envelope.data(OAuthJson.client(clients.create(manager(), orgId, RequestBodies.read(null, body))));
    }

    @GET
    @Operation(operationId = "listOAuthClients", summary = "The workspace's OAuth clients, newest first (no secrets)")
    @APIResponse(responseCode = "200", description = "a page of clients",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthSchemas.OAuthClientList.class)))
    public JsonObject list(@PathParam("org_id") String orgId, @QueryParam("limit") String limit,
                           @QueryParam("after") String after, @QueryParam("before") String before) {
        return Envelope.list(clients.list(manager(), orgId, Paging.of(limit, after, before)), OAuthJson::client);
    }

    @GET
    @Path("{client_id}")
    @Operation(operationId = "getOAuthClient", summary = "One OAuth client (no secret)")
    @APIResponse(responseCode = "200", description = "the client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthSchemas.OAuthClientData.class)))
    public JsonObject get(@PathParam("org_id") String orgId, @PathParam("client_id") String clientId) {
        return Envelope.data(OAuthJson.client(clients.get(manager(), orgId, clientId)));
    }

    @POST
    @Path("{client_id}/rotate_secret")
    @Operation(operationId = "rotateOAuthClientSecret",
            summary = "A new secret, shown only in this answer; the old one and its tokens stop working")
    @APIResponse(responseCode = "200", description = "the client with its new client_secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthSchemas.OAuthClientData.class)))
    public JsonObject rotate(@PathParam("org_id") String orgId, @PathParam("client_id") String clientId) {
        return Envelope.data(OAuthJson.client(clients.rotateSecret(manager(), orgId, clientId)));
    }

    @DELETE
    @Path("{client_id}")
    @Operation(operationId = "deleteOAuthClient", summary = "Delete an OAuth client; its tokens stop working")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("org_id") String orgId, @PathParam("client_id") String clientId) {
        clients.delete(manager(), orgId, clientId);
        return Response.noContent().build();
    }

    /** Workspace admins and the owner administer OAuth clients (seed /rest-api/auth), as persons. */
    private User manager() {
        caller.requireUserApiKey();
        caller.requireWorkspaceAdmin();
        return caller.user();
    }
}
