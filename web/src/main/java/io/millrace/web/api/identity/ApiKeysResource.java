package io.millrace.web.api.identity;

import io.millrace.application.identity.ApiKeyAccounts;
import io.millrace.domain.workspace.User;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ApiKeySchemas;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's named API keys (Millrace's own paths; Pipedream manages keys in its web UI). A user API key
 * only: an OAuth access token gets 403.
 */
@Path("v1/users/me/api_keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {
    @Inject
    ApiKeyAccounts keys;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listApiKeys", summary = "The caller's API keys, oldest first (no secrets)")
    @APIResponse(responseCode = "200", description = "the keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeySchemas.ApiKeyList.class)))
    public JsonObject list() {
        return Envelope.data(ApiKeyJson.keys(keys.list(owner())).build());
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create a named API key; the key is shown only in this answer")
    @APIResponse(responseCode = "200", description = "the key with api_key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeySchemas.ApiKeyData.class)))
    public JsonObject create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeySchemas.NewApiKey.class))) String body) {
        return Envelope.data(ApiKeyJson.key(keys.create(owner(), RequestBodies.read(null, body))));
    }

    @POST
    @Path("{key_id}/rotate")
    @Operation(operationId = "rotateApiKey",
            summary = "A new secret for the key, shown only in this answer; the old one stops working at once")
    @APIResponse(responseCode = "200", description = "the key with its new api_key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeySchemas.ApiKeyData.class)))
    public JsonObject rotate(@PathParam("key_id") String keyId) {
        return Envelope.data(ApiKeyJson.key(keys.rotate(owner(), keyId)));
    }

    @DELETE
    @Path("{key_id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke one of the caller's API keys (not its last one)")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke(@PathParam("key_id") String keyId) {
        User me = owner();
        keys.revoke(me, me.id(), keyId);
        return Response.noContent().build();
    }

    private User owner() {
        caller.requireUserApiKey();
        return caller.user();
    }
}
