package io.millrace.web.api.identity;

import io.millrace.application.identity.MemberKeys;
import io.millrace.application.identity.MemberView;
import io.millrace.application.identity.Memberships;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Renders;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ApiKeySchemas;
import io.millrace.web.openapi.WorkspaceSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
 * A workspace's members and their roles (Millrace's own paths; Pipedream manages them in its web UI):
 * every member reads the list; admins and the owner change roles and remove members; anyone may leave.
 */
@Path("v1/workspaces/{org_id}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {
    @Inject
    Memberships memberships;
    @Inject
    MemberKeys memberKeys;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listMembers", summary = "The workspace's members and their roles, oldest first")
    @APIResponse(responseCode = "200", description = "the members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkspaceSchemas.MemberList.class)))
    public JsonObject list(@PathParam("org_id") String orgId) {
        JsonArrayBuilder members = Jsonp.createArrayBuilder();
        memberships.members(caller.member()).forEach(m -> members.add(json(m)));
        return Envelope.data(members.build());
    }

    @GET
    @Path("{user_id}")
    @Operation(operationId = "getMember", summary = "A member of the workspace")
    @APIResponse(responseCode = "200", description = "the member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkspaceSchemas.MemberData.class)))
    public JsonObject get(@PathParam("org_id") String orgId, @PathParam("user_id") String userId) {
        return Envelope.data(json(memberships.member(caller.member(), userId)));
    }

    @PUT
    @Path("{user_id}")
    @Operation(operationId = "changeMemberRole", summary = "Give a member another role (admins and the owner)")
    @APIResponse(responseCode = "200", description = "the member with its new role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkspaceSchemas.MemberData.class)))
    public JsonObject changeRole(@PathParam("org_id") String orgId, @PathParam("user_id") String userId,
                                 @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                         schema = @Schema(implementation = WorkspaceSchemas.RoleChange.class))) String body) {
        return Envelope.data(json(memberships.changeRole(caller.member(), userId, RequestBodies.read(null, body))));
    }

    @DELETE
    @Path("{user_id}")
    @Operation(operationId = "removeMember",
            summary = "Remove a member (admins and the owner), or leave the workspace (the caller's own id)")
    @APIResponse(responseCode = "204", description = "removed")
    public Response remove(@PathParam("org_id") String orgId, @PathParam("user_id") String userId) {
        memberships.remove(caller.member(), userId);
        return Response.noContent().build();
    }

    @GET
    @Path("{user_id}/api_keys")
    @Operation(operationId = "listMemberApiKeys", summary = "A member's API keys, oldest first, without secrets (admins and the owner)")
    @APIResponse(responseCode = "200", description = "the keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeySchemas.ApiKeyList.class)))
    public JsonObject keys(@PathParam("org_id") String orgId, @PathParam("user_id") String userId) {
        return Envelope.data(ApiKeyJson.keys(memberKeys.list(caller.member(), userId)).build());
    }

    @DELETE
    @Path("{user_id}/api_keys/{key_id}")
    @Operation(operationId = "revokeMemberApiKey", summary = "Revoke a member's API key (admins and the owner)")
    @APIResponse(responseCode = "204", description = "revoked: the key stops working in every workspace")
    public Response revokeKey(@PathParam("org_id") String orgId, @PathParam("user_id") String userId,
                              @PathParam("key_id") String keyId) {
        memberKeys.revoke(caller.member(), userId, keyId);
        return Response.noContent().build();
    }

    static JsonObjectBuilder json(MemberView m) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", m.user().id()).add("username", m.user().username());
        Renders.addNullable(b, "email", m.user().email());
        return b.add("role", m.role().json()).add("joined_at", m.joinedAt());
    }
}
