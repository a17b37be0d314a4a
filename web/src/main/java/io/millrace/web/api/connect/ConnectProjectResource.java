package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectScopes;
import io.millrace.shared.Jsonp;
import io.millrace.web.openapi.ConnectSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /v1/connect/{project_id}/projects/info}: the project as Connect describes it. */
@Path("v1/connect/{project_id}/projects/info")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectProjectResource {
    @Inject
    ConnectScopes scopes;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getConnectProjectInfo", summary = "The project's Connect information: its apps")
    @APIResponse(responseCode = "200", description = "the project's apps (none until apps are configured for Connect)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectProjectInfo.class)))
    public JsonObject info(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment) {
        scopes.scope(caller.user(), projectId, environment);
        return Jsonp.createObjectBuilder().add("apps", Jsonp.createArrayBuilder()).build();
    }
}
