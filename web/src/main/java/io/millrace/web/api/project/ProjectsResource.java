package io.millrace.web.api.project;

import io.millrace.application.project.Projects;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ProjectSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * One project: read, rename, delete (when empty and not the workspace's last), and its access. A
 * project the caller may not see is a 404; access changes and deletion are for its creator and the
 * workspace's admins and owner (403 for other members).
 */
@Path("v1/projects/{project_id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {
    @Inject
    Projects projects;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getProject", summary = "A project")
    @APIResponse(responseCode = "200", description = "the project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.ProjectData.class)))
    public JsonObject get(@PathParam("project_id") String projectId) {
        return Envelope.data(ProjectJson.project(projects.get(caller.user(), projectId)));
    }

    @PUT
    @Operation(operationId = "renameProject", summary = "Rename a project")
    @APIResponse(responseCode = "200", description = "the renamed project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.ProjectData.class)))
    public JsonObject rename(@PathParam("project_id") String projectId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.ProjectName.class))) String body) {
        return Envelope.data(ProjectJson.project(projects.rename(caller.user(), projectId, RequestBodies.read(null, body))));
    }

    @DELETE
    @Operation(operationId = "deleteProject",
            summary = "Delete an empty project (its creator, admins, the owner); 409 names what it still holds")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("project_id") String projectId) {
        projects.delete(caller.user(), projectId);
        return Response.noContent().build();
    }

    @GET
    @Path("access")
    @Operation(operationId = "getProjectAccess", summary = "Who may see the project")
    @APIResponse(responseCode = "200", description = "the project's access",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.ProjectAccessData.class)))
    public JsonObject access(@PathParam("project_id") String projectId) {
        return Envelope.data(ProjectJson.access(projects.access(caller.user(), projectId)));
    }

    @PUT
    @Path("access")
    @Operation(operationId = "changeProjectAccess",
            summary = "Restrict the project to listed members, or open it to the workspace (its creator, admins, the owner)")
    @APIResponse(responseCode = "200", description = "the project's new access",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.ProjectAccessData.class)))
    public JsonObject changeAccess(@PathParam("project_id") String projectId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.ProjectAccess.class))) String body) {
        return Envelope.data(ProjectJson.access(projects.changeAccess(caller.user(), projectId,
                RequestBodies.read(null, body))));
    }
}
