package io.millrace.web.api.invitation;

import io.millrace.application.invitation.Invitations;
import io.millrace.domain.invitation.Invitation;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.InvitationSchemas;
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
 * Reusable invite links limited to email domains (Millrace's own paths): admins and the owner make, list and
 * revoke them. A link's token is shown only in the answer that made it.
 */
@Path("v1/workspaces/{org_id}/invite_links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InviteLinksResource {
    @Inject
    Invitations invitations;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createInviteLink",
            summary = "Make a reusable invite link for people of some email domains (shown only here)")
    @APIResponse(responseCode = "200", description = "the link with its token and url",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationSchemas.InviteLinkData.class)))
    public JsonObject create(@PathParam("org_id") String orgId,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = InvitationSchemas.NewInviteLink.class))) String body) {
        return Envelope.data(InvitationJson.of(invitations.createLink(caller.member(), RequestBodies.read(null, body))));
    }

    @GET
    @Operation(operationId = "listInviteLinks", summary = "The invite links that have not expired, newest first, without tokens")
    @APIResponse(responseCode = "200", description = "the links",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationSchemas.InviteLinkList.class)))
    public JsonObject list(@PathParam("org_id") String orgId) {
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        invitations.pending(caller.member(), Invitation.Kind.LINK).forEach(v -> out.add(InvitationJson.of(v)));
        return Envelope.data(out.build());
    }

    @DELETE
    @Path("{link_id}")
    @Operation(operationId = "revokeInviteLink", summary = "Revoke an invite link: it stops working")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke(@PathParam("org_id") String orgId, @PathParam("link_id") String id) {
        invitations.revoke(caller.member(), id, Invitation.Kind.LINK);
        return Response.noContent().build();
    }
}
