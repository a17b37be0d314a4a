package io.millrace.web.api.eventing;

import io.millrace.application.eventing.SubscriptionService;
import io.millrace.application.identity.Workspaces;
import io.millrace.web.openapi.SubscriptionSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /v1/orgs/{org_id}/subscriptions} and {@code GET /v1/workspaces/{org_id}/subscriptions}: the
 * subscriptions of the caller's workspace, oldest first; another workspace is 404. One resource serves
 * both paths, so that the operation is documented once.
 */
@Path("v1/{scope: orgs|workspaces}/{org_id}/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceSubscriptionsResource {
    @Inject
    SubscriptionService subscriptions;
    @Inject
    Workspaces workspaces;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listWorkspaceSubscriptions", summary = "The subscriptions of the workspace")
    @APIResponse(responseCode = "200", description = "the subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.SubscriptionList.class)))
    public JsonObject list(@Parameter(description = "orgs or workspaces (the same list)",
                                   schema = @Schema(enumeration = {"orgs", "workspaces"}))
                           @PathParam("scope") String scope,
                           @PathParam("org_id") String orgId) {
        workspaces.requireOwn(caller.user(), orgId);
        return SubscriptionJson.subscriptions(subscriptions.list(caller.user()));
    }
}
