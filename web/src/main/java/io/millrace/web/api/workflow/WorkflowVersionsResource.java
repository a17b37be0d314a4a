package io.millrace.web.api.workflow;

import io.millrace.application.workflow.WorkflowVersions;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A workflow's versions: every deploy is one (Millrace's own paths). */
@Path("v1/workflows/{id}/versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowVersionsResource {
    @Inject
    WorkflowVersions versions;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listWorkflowVersions", summary = "The workflow's versions, newest first")
    @APIResponse(responseCode = "200", description = "a page of versions, without their definitions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionSchemas.VersionList.class)))
    public JsonObject list(@PathParam("id") String id, @QueryParam("limit") String limit,
                           @QueryParam("after") String after, @QueryParam("before") String before) {
        return Envelope.list(versions.list(caller.user(), id, Paging.of(limit, after, before)), VersionJson::summary);
    }

    @GET
    @Path("{version}")
    @Operation(operationId = "getWorkflowVersion", summary = "One version of the workflow with its whole definition")
    @APIResponse(responseCode = "200", description = "the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionSchemas.VersionData.class)))
    public JsonObject get(@PathParam("id") String id,
                          @Parameter(description = "the version number (1, 2, …)") @PathParam("version") String version) {
        return Envelope.data(VersionJson.full(versions.get(caller.user(), id, version)));
    }
}
