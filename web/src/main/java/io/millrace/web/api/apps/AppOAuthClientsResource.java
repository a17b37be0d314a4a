package io.millrace.web.api.apps;

import io.millrace.application.apps.AppOAuthClients;
import io.millrace.domain.apps.AppOAuthClient;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.AppSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A workspace's own OAuth clients for apps (/apps/oauth-clients), one per app: {@code GET/POST
 * /v1/workspaces/{org_id}/app_oauth_clients}, {@code DELETE …/{app_oauth_client_id}}. The workspace's admins and owner only;
 * the client secret is never returned.
 */
@Path("v1/workspaces/{org_id}/app_oauth_clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppOAuthClientsResource {
    @Inject
    AppOAuthClients clients;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listAppOAuthClients", summary = "The workspace's OAuth clients for apps (no secrets)")
    @APIResponse(responseCode = "200", description = "the clients", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AppOAuthClientList.class)))
    public JsonObject list(@PathParam("org_id") String orgId) {
        JsonArrayBuilder data = Jsonp.createArrayBuilder();
        for (AppOAuthClient c : clients.list(workspace())) {
            data.add(AppJson.client(c));
        }
        return Jsonp.createObjectBuilder().add("data", data).build();
    }

    @POST
    @Operation(operationId = "createAppOAuthClient", summary = "The workspace's OAuth client for an app; its secret is sealed")
    @APIResponse(responseCode = "200", description = "the client, without its secret", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AppOAuthClientData.class)))
    public JsonObject create(@PathParam("org_id") String orgId, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.NewAppOAuthClient.class)))
            String body) {
        return Envelope.data(AppJson.client(clients.create(workspace(), RequestBodies.read(null, body))));
    }

    @DELETE
    @Path("{app_oauth_client_id}")
    @Operation(operationId = "deleteAppOAuthClient", summary = "Delete the workspace's OAuth client for an app")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("org_id") String orgId, @PathParam("app_oauth_client_id") String clientId) {
        clients.delete(workspace(), clientId);
        return Response.noContent().build();
    }

    private String workspace() {
        caller.requireWorkspaceAdmin();
        return caller.user().workspaceId();
    }
}
