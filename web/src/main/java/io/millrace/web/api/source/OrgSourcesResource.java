package io.millrace.web.api.source;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.application.source.SourceService;
import io.millrace.web.openapi.SourceSchemas;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /v1/orgs/{org_id}/sources}: the sources of the caller's workspace, newest first (paginated). */
@Path("v1/orgs/{org_id}/sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrgSourcesResource {
    @Inject
    SourceService sources;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listWorkspaceSources", summary = "The sources of the caller's workspace, newest first")
    @APIResponse(responseCode = "200", description = "a page of sources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceSchemas.SourceList.class)))
    public JsonObject list(@PathParam("org_id") String orgId, @QueryParam("limit") String limit,
                           @QueryParam("after") String after, @QueryParam("before") String before) {
        return Envelope.list(sources.ofWorkspace(caller.user(), orgId,
                Paging.of(limit, after, before)), SourceJson::listItem);
    }
}
