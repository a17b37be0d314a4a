package io.millrace.web.api.eventing;

import io.millrace.application.eventing.SubscriptionService;
import io.millrace.shared.NotFoundException;
import io.millrace.web.openapi.SubscriptionSchemas;
import io.millrace.web.security.ApiKeyFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;

/** {@code GET /v1/orgs/{org_id}/subscriptions}: the subscriptions of the caller's workspace, oldest first. */
@Path("v1/orgs/{org_id}/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrgSubscriptionsResource {
    @Inject
    SubscriptionService subscriptions;
    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listOrgSubscriptions", summary = "The subscriptions of the workspace")
    @APIResponse(responseCode = "200", description = "the subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.SubscriptionList.class)))
    public JsonObject list(@PathParam("org_id") String orgId) {
        var caller = ApiKeyFilter.caller(security);
        check(caller.workspaceId(), orgId);
        return SubscriptionJson.subscriptions(subscriptions.list(caller));
    }

    private static void check(String workspaceId, String... orgId) {
        if (orgId.length > 0 && !workspaceId.equals(orgId[0])) {
            throw new NotFoundException("workspace " + orgId[0] + " not found");
        }
    }
}
