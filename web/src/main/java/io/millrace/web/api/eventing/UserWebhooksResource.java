package io.millrace.web.api.eventing;

import io.millrace.application.eventing.WebhookService;
import io.millrace.web.openapi.SubscriptionSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.GET;

/** {@code GET /v1/users/me/webhooks}: the webhooks of the caller's workspace, newest first. */
@Path("v1/users/me/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserWebhooksResource {
    @Inject
    WebhookService webhooks;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listUserWebhooks", summary = "The caller's webhooks, newest first")
    @APIResponse(responseCode = "200", description = "the webhooks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.WebhookList.class)))
    public JsonObject list() {
        return SubscriptionJson.webhooks(webhooks.list(caller.user()));
    }
}
