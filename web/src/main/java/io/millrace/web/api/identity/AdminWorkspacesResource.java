package io.millrace.web.api.identity;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Renders;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.identity.Memberships;
import io.millrace.application.identity.ProvisionedWorkspace;
import io.millrace.application.identity.WorkspaceProvisioning;
import io.millrace.web.openapi.WorkspaceSchemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import io.millrace.web.security.Caller;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Administration: creating a workspace with its first user (its owner) and that user's API key; adding an
 * existing user to a workspace. Server administrators only.
 */
@Path("v1/admin/workspaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminWorkspacesResource {
    @Inject
    WorkspaceProvisioning provisioning;
    @Inject
    Memberships memberships;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createWorkspace",
            summary = "Create a workspace, its default project and a user; the user's API key is shown only here")
    @APIResponse(responseCode = "200", description = "the new workspace, project, user and API key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkspaceSchemas.ProvisionedWorkspaceData.class)))
    public JsonObject create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WorkspaceSchemas.NewWorkspace.class))) String body) {
        caller.requireServerAdmin();
        ProvisionedWorkspace p = provisioning.create(RequestBodies.read(null, body));
        JsonObjectBuilder user = Jsonp.createObjectBuilder().add("id", p.user().id())
                .add("username", p.user().username());
        Renders.addNullable(user, "email", p.user().email());
        user.add("admin", p.user().admin());
        return Envelope.data(Jsonp.createObjectBuilder()
                .add("workspace", WorkspaceJson.workspace(p.workspace(), null))
                .add("project", Jsonp.createObjectBuilder().add("id", p.project().id()).add("name", p.project().name()))
                .add("user", user)
                .add("api_key", p.apiKey()));
    }

    /** Adds an existing user to a workspace (server administrators; workspace admins invite instead). */
    @POST
    @Path("{org_id}/members")
    @Operation(operationId = "addMember", summary = "Add an existing user to a workspace, as admin or member")
    @APIResponse(responseCode = "200", description = "the new member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkspaceSchemas.MemberData.class)))
    public JsonObject addMember(@PathParam("org_id") String orgId,
                                @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = WorkspaceSchemas.NewMember.class))) String body) {
        caller.requireServerAdmin();
        return Envelope.data(MembersResource.json(memberships.add(orgId, RequestBodies.read(null, body))));
    }
}
