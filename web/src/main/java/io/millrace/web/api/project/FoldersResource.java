package io.millrace.web.api.project;

import io.millrace.application.project.Folders;
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

/** The folders of a project, nested through {@code parent_id}; whoever sees the project manages them. */
@Path("v1/projects/{project_id}/folders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FoldersResource {
    @Inject
    Folders folders;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listFolders", summary = "The project's folders, oldest first")
    @APIResponse(responseCode = "200", description = "the folders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.FolderList.class)))
    public JsonObject list(@PathParam("project_id") String projectId) {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        folders.list(caller.user(), projectId).forEach(f -> list.add(ProjectJson.folder(f)));
        return Envelope.data(list.build());
    }

    @POST
    @Operation(operationId = "createFolder", summary = "Create a folder in the project or in one of its folders")
    @APIResponse(responseCode = "200", description = "the new folder",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.FolderData.class)))
    public Response create(@PathParam("project_id") String projectId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.NewFolder.class))) String body) {
        return Response.ok(Envelope.data(ProjectJson.folder(
                folders.create(caller.user(), projectId, RequestBodies.read(null, body))))).build();
    }

    @PUT
    @Path("{folder_id}")
    @Operation(operationId = "updateFolder", summary = "Rename a folder or move it to another parent")
    @APIResponse(responseCode = "200", description = "the folder",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.FolderData.class)))
    public JsonObject update(@PathParam("project_id") String projectId, @PathParam("folder_id") String folderId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectSchemas.FolderChange.class))) String body) {
        return Envelope.data(ProjectJson.folder(folders.update(caller.user(), projectId, folderId,
                RequestBodies.read(null, body))));
    }

    @DELETE
    @Path("{folder_id}")
    @Operation(operationId = "deleteFolder", summary = "Delete an empty folder (409 when it holds workflows or folders)")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("project_id") String projectId, @PathParam("folder_id") String folderId) {
        folders.delete(caller.user(), projectId, folderId);
        return Response.noContent().build();
    }
}
