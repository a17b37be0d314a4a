package io.millrace.web.api.invitation;

import io.millrace.application.invitation.Invitations;
import io.millrace.application.notification.MailException;
import io.millrace.domain.invitation.Invitation;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.error.ErrorBody;
import io.millrace.web.openapi.CommonSchemas;
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

/** Email invitations to the workspace (Millrace's own paths): admins and the owner send, list and revoke them. */
@Path("v1/workspaces/{org_id}/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {
    @Inject
    Invitations invitations;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createInvitation",
            summary = "Invite someone by email: the message carries a link that works once, until it expires")
    @APIResponse(responseCode = "200", description = "the invitation, mailed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationSchemas.InvitationData.class)))
    @APIResponse(responseCode = "502", description = "the mail server cannot be reached or refused the message;"
            + " nothing was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommonSchemas.Error.class)))
    public Response create(@PathParam("org_id") String orgId,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = InvitationSchemas.NewInvitation.class))) String body) {
        try {
            return Response.ok(Envelope.data(InvitationJson.of(
                    invitations.invite(caller.member(), RequestBodies.read(null, body))))).build();
        } catch (MailException e) {
            return ErrorBody.response(Response.Status.BAD_GATEWAY, e.getMessage(), null);
        }
    }

    @GET
    @Operation(operationId = "listInvitations", summary = "The pending email invitations, newest first, without tokens")
    @APIResponse(responseCode = "200", description = "the invitations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationSchemas.InvitationList.class)))
    public JsonObject list(@PathParam("org_id") String orgId) {
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        invitations.pending(caller.member(), Invitation.Kind.EMAIL).forEach(v -> out.add(InvitationJson.of(v)));
        return Envelope.data(out.build());
    }

    @DELETE
    @Path("{invitation_id}")
    @Operation(operationId = "revokeInvitation", summary = "Revoke an email invitation: its link stops working")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke(@PathParam("org_id") String orgId, @PathParam("invitation_id") String id) {
        invitations.revoke(caller.member(), id, Invitation.Kind.EMAIL);
        return Response.noContent().build();
    }
}
