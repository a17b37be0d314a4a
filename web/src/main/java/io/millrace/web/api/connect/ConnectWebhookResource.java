package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectScope;
import io.millrace.application.connect.ConnectScopes;
import io.millrace.application.connect.ProjectWebhooks;
import io.millrace.domain.connect.ConnectProjectWebhook;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Renders;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ConnectSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The project environment's webhook ({@code /v1/connect/{project_id}/webhook}): read, set, delete, new signing key.
 * The signing key is answered only when the webhook is created and when the key is regenerated.
 */
@Path("v1/connect/{project_id}/webhook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectWebhookResource {
    @Inject
    ProjectWebhooks webhooks;
    @Inject
    ConnectScopes scopes;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getConnectProjectWebhook", summary = "The project environment's webhook")
    @APIResponse(responseCode = "200", description = "the webhook in data ({} when the environment has none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.SignedWebhookData.class)))
    public JsonObject get(@BeanParam ScopeParams scope) {
        return webhooks.get(scope(scope)).map(w -> Envelope.data(json(w, false)))
                .orElseGet(() -> Jsonp.createObjectBuilder().build());
    }

    @PUT
    @Operation(operationId = "setConnectProjectWebhook",
            summary = "Create the project environment's webhook (its signing key is answered) or change its URL")
    @APIResponse(responseCode = "200", description = "the webhook (with signing_key when it was created)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.SignedWebhookData.class)))
    public JsonObject set(@BeanParam ScopeParams scope, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ProjectWebhookChange.class))) String body) {
        ProjectWebhooks.Change change = webhooks.set(scope(scope), RequestBodies.read(type, body));
        return Envelope.data(json(change.webhook(), change.created()));
    }

    @DELETE
    @Operation(operationId = "deleteConnectProjectWebhook", summary = "Remove the project environment's webhook")
    @APIResponse(responseCode = "204", description = "removed (or there was none)")
    public Response delete(@BeanParam ScopeParams scope) {
        webhooks.delete(scope(scope));
        return Response.noContent().build();
    }

    @POST
    @Path("regenerate_signing_key")
    @Operation(operationId = "regenerateConnectProjectWebhookSigningKey",
            summary = "Give the project environment's webhook a new signing key")
    @APIResponse(responseCode = "200", description = "the webhook with its new signing key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.SignedWebhookData.class)))
    public JsonObject regenerateSigningKey(@BeanParam ScopeParams scope) {
        return Envelope.data(json(webhooks.regenerateSigningKey(scope(scope)), true));
    }

    private static JsonObjectBuilder json(ConnectProjectWebhook w, boolean withKey) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", w.id()).add("url", w.url());
        if (withKey) {
            b.add("signing_key", w.signingKey());
        }
        return b.add("signing_key_set", true)
                .add("created_at", Renders.seconds(w.createdAt()))
                .add("updated_at", Renders.seconds(w.updatedAt()));
    }

    private ConnectScope scope(ScopeParams params) {
        return scopes.scope(caller.user(), params.projectId, params.environment);
    }
}
