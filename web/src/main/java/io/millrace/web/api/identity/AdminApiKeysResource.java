package io.millrace.web.api.identity;

import io.millrace.application.identity.ApiKeyAccounts;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.openapi.ApiKeySchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Any user's API keys, for administrators (Millrace's own API). Admin users only, otherwise 403. */
@Path("v1/admin/users/{user_id}/api_keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminApiKeysResource {
    @Inject
    ApiKeyAccounts keys;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listUserApiKeys", summary = "A user's API keys, oldest first (no secrets)")
    @APIResponse(responseCode = "200", description = "the keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeySchemas.ApiKeyList.class)))
    public JsonObject list(@PathParam("user_id") String userId) {
        caller.requireServerAdmin();
        return Envelope.data(ApiKeyJson.keys(keys.listOf(userId)).build());
    }

    @DELETE
    @Path("{key_id}")
    @Operation(operationId = "revokeUserApiKey", summary = "Revoke a user's API key")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke(@PathParam("user_id") String userId, @PathParam("key_id") String keyId) {
        caller.requireServerAdmin();
        keys.revoke(caller.user(), keys.user(userId).id(), keyId);
        return Response.noContent().build();
    }
}
