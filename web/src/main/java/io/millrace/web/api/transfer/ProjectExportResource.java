package io.millrace.web.api.transfer;

import io.millrace.application.transfer.ArchiveExport;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.Quoted;
import io.millrace.web.api.support.YamlText;
import io.millrace.web.openapi.VersionSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A project as one archive document, YAML or JSON (Millrace's own path). */
@Path("v1/projects/{project_id}/export")
@RequestScoped
public class ProjectExportResource {
    @Inject
    ArchiveExport archives;
    @Inject
    Caller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, YamlText.MEDIA_TYPE})
    @Operation(operationId = "exportProject",
            summary = "The project's workflows, sources, data store names and env var names as one archive")
    @APIResponse(responseCode = "200", description = "the archive",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionSchemas.ProjectArchive.class)),
                    @Content(mediaType = YamlText.MEDIA_TYPE,
                            schema = @Schema(implementation = VersionSchemas.ProjectArchive.class))})
    public Response export(@PathParam("project_id") String projectId,
                           @Parameter(description = "yaml (default) or json") @QueryParam("format") String format) {
        boolean json = "json".equals(format);
        if (!json && format != null && !"yaml".equals(format)) {
            throw new InvalidInputException("format", "format must be yaml or json, not " + Quoted.of(format));
        }
        JsonObject archive = archives.export(caller.user(), projectId);
        String file = archive.getString("name").replaceAll("[^A-Za-z0-9._-]", "_") + ".millrace" + (json ? ".json" : ".yaml");
        return Response.ok(json ? JsonText.write(archive) : YamlText.write(archive),
                        json ? MediaType.APPLICATION_JSON : YamlText.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
