package io.millrace.web.api.identity;

import io.millrace.web.api.support.Envelope;
import io.millrace.application.identity.Workspaces;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import io.millrace.application.identity.WorkspaceSettings;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.InvitationSchemas;
import io.millrace.web.openapi.WorkspaceSchemas;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The workspaces the caller is a member of, and their settings; any other workspace id is 404. */
@Path("v1/workspaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspacesResource {
    @Inject
    Workspaces workspaces;
    @Inject
    WorkspaceSettings settings;
    @Inject
    Caller caller;

    @GET
    @Path("{org_id}")
    @Operation(operationId = "getWorkspace", summary = "A workspace (org)")
    @APIResponse(responseCode = "200", description = "the workspace",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkspaceSchemas.WorkspaceData.class)))
    public JsonObject get(@PathParam("org_id") String orgId) {
        return Envelope.data(WorkspaceJson.withSettings(workspaces.requireOwn(caller.user(), orgId), caller.role()));
    }

    @PUT
    @Path("{org_id}")
    @Operation(operationId = "updateWorkspace",
            summary = "Rename the workspace, require 2FA, set its login methods (admins and the owner)")
    @APIResponse(responseCode = "200", description = "the workspace after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkspaceSchemas.WorkspaceData.class)))
    public JsonObject update(@PathParam("org_id") String orgId,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = InvitationSchemas.WorkspaceChange.class))) String body) {
        workspaces.requireOwn(caller.user(), orgId);
        return Envelope.data(WorkspaceJson.withSettings(
                settings.update(caller.member(), RequestBodies.read(null, body), caller.sessionId()), caller.role()));
    }
}
