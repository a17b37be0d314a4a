package io.millrace.web.api.scim;

import io.millrace.application.scim.ScimTokens;
import io.millrace.domain.scim.ScimToken;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ScimSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * The workspace's SCIM bearer tokens (Millrace's own paths): its admins and owner create them (the token is
 * shown once), list and revoke them. A token authenticates {@code /scim/v2} for this workspace only.
 */
@Path("v1/workspaces/{org_id}/scim_tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScimTokensResource {
    @Inject
    ScimTokens tokens;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listScimTokens", summary = "The workspace's SCIM tokens, oldest first (no secrets; admins)")
    @APIResponse(responseCode = "200", description = "the tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScimSchemas.ScimTokenList.class)))
    public JsonObject list(@PathParam("org_id") String orgId) {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        tokens.list(caller.member()).forEach(t -> list.add(json(t)));
        return Envelope.data(list.build());
    }

    @POST
    @Operation(operationId = "createScimToken",
            summary = "Create a SCIM token for the workspace's identity provider; shown only in this answer (admins)")
    @APIResponse(responseCode = "200", description = "the token with token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScimSchemas.ScimTokenData.class)))
    public JsonObject create(@PathParam("org_id") String orgId,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = ScimSchemas.NewScimToken.class))) String body) {
        var issued = tokens.create(caller.member(), RequestBodies.read(null, body));
        return Envelope.data(json(issued.token()).add("token", issued.secret()).build());
    }

    @DELETE
    @Path("{token_id}")
    @Operation(operationId = "revokeScimToken", summary = "Revoke a SCIM token at once (admins)")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke(@PathParam("org_id") String orgId, @PathParam("token_id") String tokenId) {
        tokens.revoke(caller.member(), tokenId);
        return Response.noContent().build();
    }

    private static JsonObjectBuilder json(ScimToken t) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", t.id()).add("name", t.name());
        if (t.hint() != null) {
            b.add("hint", t.hint());
        } else {
            b.addNull("hint");
        }
        return b.add("created_at", t.createdAt());
    }
}
