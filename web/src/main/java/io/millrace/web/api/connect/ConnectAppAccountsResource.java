package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectAccounts;
import io.millrace.application.connect.ConnectScopes;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code DELETE /v1/connect/{project_id}/apps/{app_id}/accounts}: every external user's account of one app. */
@Path("v1/connect/{project_id}/apps")
@RequestScoped
public class ConnectAppAccountsResource {
    @Inject
    ConnectAccounts accounts;
    @Inject
    ConnectScopes scopes;
    @Inject
    Caller caller;

    @DELETE
    @Path("{app_id}/accounts")
    @Operation(operationId = "deleteConnectAccountsOfApp", summary = "Delete every account of the app in the environment (app id or name slug)")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("app_id") String appId) {
        accounts.deleteByApp(scopes.scope(caller.user(), projectId, environment), appId);
        return Response.noContent().build();
    }
}
