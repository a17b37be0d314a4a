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

/** The projects of a workspace the caller sees, and creating one (Millrace's own paths). */
@Path("v1/workspaces/{org_id}/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceProjectsResource {
    @Inject
    Projects projects;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listProjects", summary = "The workspace's projects the caller sees, oldest first")
    @APIResponse(responseCode = "200", description = "the projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.ProjectList.class)))
    public JsonObject list(@PathParam("org_id") String orgId) {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        projects.list(caller.user()).forEach(p -> list.add(ProjectJson.project(p)));
        return Envelope.data(list.build());
    }

    @POST
    @Operation(operationId = "createProject", summary = "Create a project; the caller becomes its owner")
    @APIResponse(responseCode = "200", description = "the new project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.ProjectData.class)))
    public Response create(@PathParam("org_id") String orgId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.ProjectName.class))) String body) {
        return Response.ok(Envelope.data(ProjectJson.project(
                projects.create(caller.user(), RequestBodies.read(null, body))))).build();
    }
}
