package io.millrace.web.api.filestore;

import io.millrace.application.filestore.FileStoreService;
import io.millrace.application.filestore.ProjectFiles;
import io.millrace.domain.filestore.StoredFile;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.openapi.FileStoreSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A project's file store (seed /workflows/data-management/file-stores: list, upload, download, delete). Paths
 * are query parameters ({@code path=reports/today.csv}), so any path works percent-encoded.
 */
@Path("v1/projects/{project_id}/files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectFilesResource {
    private static final String PATH = "the file's path in the store, like reports/today.csv";

    @Inject
    FileStoreService service;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listFiles", summary = "The files and directories of a directory of the project's file store")
    @APIResponse(responseCode = "200", description = "the entries in path order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FileStoreSchemas.StoredFileList.class)))
    public JsonObject list(@PathParam("project_id") String projectId,
                           @Parameter(description = "the directory, the root when absent") @QueryParam("dir") String dir) {
        JsonArrayBuilder items = Jsonp.createArrayBuilder();
        for (ProjectFiles.Entry e : service.list(caller.user(), projectId, dir)) {
            items.add(FileJson.entry(e));
        }
        return Jsonp.createObjectBuilder().add("data", items).build();
    }

    @GET
    @Path("metadata")
    @Operation(operationId = "getFileMetadata", summary = "A file's size, type and a signed URL valid for 30 minutes")
    @APIResponse(responseCode = "200", description = "the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FileStoreSchemas.StoredFileData.class)))
    public JsonObject metadata(@PathParam("project_id") String projectId,
                               @Parameter(description = PATH, required = true) @QueryParam("path") String path) {
        StoredFile f = service.get(caller.user(), projectId, path);
        return Envelope.data(FileJson.file(f, service.url(f)));
    }

    @GET
    @Path("content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadFile", summary = "A file's bytes, with its content type")
    @APIResponse(responseCode = "200", description = "the file's bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")))
    public Response download(@PathParam("project_id") String projectId,
                             @Parameter(description = PATH, required = true) @QueryParam("path") String path) {
        return FileDownloads.of(service.files(), service.get(caller.user(), projectId, path));
    }

    @PUT
    @Path("content")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadFile", summary = "Upload a file (the body's bytes), creating it or replacing its content")
    @APIResponse(responseCode = "200", description = "the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FileStoreSchemas.StoredFileData.class)))
    public JsonObject upload(@PathParam("project_id") String projectId,
                             @Parameter(description = PATH, required = true) @QueryParam("path") String path,
                             @HeaderParam("Content-Type") String contentType,
                             @RequestBody(description = "the file's bytes", content = @Content(
                                     mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                     schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                             format = "binary"))) InputStream body) {
        StoredFile f = service.upload(caller.user(), projectId, path, body, contentType);
        return Envelope.data(FileJson.file(f, null));
    }

    @DELETE
    @Path("content")
    @Operation(operationId = "deleteFile", summary = "Delete a file (for good)")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("project_id") String projectId,
                           @Parameter(description = PATH, required = true) @QueryParam("path") String path) {
        service.delete(caller.user(), projectId, path);
        return Response.noContent().build();
    }
}
