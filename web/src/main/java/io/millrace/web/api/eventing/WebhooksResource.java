package io.millrace.web.api.eventing;

import io.millrace.web.api.support.Envelope;
import io.millrace.application.eventing.WebhookService;
import io.millrace.web.openapi.SubscriptionSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Webhooks: URLs that subscribed events are POSTed to. */
@Path("v1/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {
    @Inject
    WebhookService webhooks;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createWebhook", summary = "Create a webhook pointing to a URL")
    @APIResponse(responseCode = "200", description = "the webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.WebhookData.class)))
    public JsonObject create(@Parameter(description = "http or https URL with a host") @QueryParam("url") String url,
                             @QueryParam("name") String name, @QueryParam("description") String description) {
        return Envelope.data(SubscriptionJson.render(webhooks.create(caller.user(), url, name,
                description)));
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The webhooks of the workspace, newest first")
    @APIResponse(responseCode = "200", description = "the webhooks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.WebhookList.class)))
    public JsonObject list() {
        return SubscriptionJson.webhooks(webhooks.list(caller.user()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "A webhook")
    @APIResponse(responseCode = "200", description = "the webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.WebhookData.class)))
    public JsonObject get(@PathParam("id") String id) {
        return Envelope.data(SubscriptionJson.render(webhooks.get(caller.user(), id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its subscriptions")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(caller.user(), id);
        return Response.noContent().build();
    }
}
