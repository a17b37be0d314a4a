package io.millrace.web.api.transfer;

import io.millrace.application.transfer.ArchiveImport;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.api.support.YamlText;
import io.millrace.web.openapi.VersionSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Imports a project archive into a new project or an existing one (Millrace's own path). */
@Path("v1/projects/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectImportResource {
    @Inject
    ArchiveImport archives;
    @Inject
    Caller caller;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, YamlText.MEDIA_TYPE, "application/x-yaml", "text/yaml", "text/x-yaml"})
    @Operation(operationId = "importProject", summary = "Import a project archive into a new or an existing project")
    @APIResponse(responseCode = "200", description = "what was imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionSchemas.ImportResultData.class)))
    public JsonObject importArchive(@HeaderParam("Content-Type") String type,
                                    @Parameter(description = "an existing project to import into; without it a new project"
                                            + " named like the archive is created (409 when the name is taken)")
                                    @QueryParam("project_id") String projectId,
                                    @RequestBody(required = true, content = {
                                            @Content(mediaType = MediaType.APPLICATION_JSON,
                                                    schema = @Schema(implementation = VersionSchemas.ProjectArchive.class)),
                                            @Content(mediaType = YamlText.MEDIA_TYPE,
                                                    schema = @Schema(implementation = VersionSchemas.ProjectArchive.class))})
                                    String body) {
        return Envelope.data(archives.importArchive(caller.user(), RequestBodies.read(type, body), projectId));
    }
}
