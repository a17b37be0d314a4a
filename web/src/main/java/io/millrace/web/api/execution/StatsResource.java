package io.millrace.web.api.execution;

import io.millrace.application.execution.WorkspaceStats;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.openapi.StatsSchemas;
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

/** The workspace dashboard's figures, for any member (projects the member may not see left out). */
@Path("v1/workspaces/{org_id}/stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    @Inject
    WorkspaceStats stats;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getWorkspaceStats", summary = "Executions and errors per hour, queues, slowest and most"
            + " failing workflows of the workspace")
    @APIResponse(responseCode = "200", description = "the dashboard's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatsSchemas.WorkspaceStatsData.class)))
    @APIResponse(responseCode = "400", description = "a range other than 24h or 7d")
    public JsonObject get(@PathParam("org_id") String orgId,
                          @Parameter(description = "24h (the default) or 7d: the hours counted, up to the current one")
                          @QueryParam("range") String range) {
        return Envelope.data(StatsJson.render(stats.of(caller.user(), orgId, range, System.currentTimeMillis())));
    }
}
