package io.millrace.web.api.eventing;

import io.millrace.application.eventing.SubscriptionService;
import io.millrace.web.openapi.SubscriptionSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /v1/users/me/subscriptions}: the subscriptions of the caller's workspace, oldest first (the
 * same list as {@link WorkspaceSubscriptionsResource}).
 */
@Path("v1/users/me/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserSubscriptionsResource {
    @Inject
    SubscriptionService subscriptions;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listUserSubscriptions", summary = "The subscriptions of the workspace")
    @APIResponse(responseCode = "200", description = "the subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.SubscriptionList.class)))
    public JsonObject list() {
        return SubscriptionJson.subscriptions(subscriptions.list(caller.user()));
    }
}
