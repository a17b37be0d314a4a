package io.millrace.web.api.eventing;

import io.millrace.web.api.support.Envelope;
import io.millrace.application.eventing.SubscriptionService;
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
import jakarta.ws.rs.POST;

/** {@code POST /v1/auto_subscriptions}: subscribe a listener to a channel of every source and workflow created later. */
@Path("v1/auto_subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AutoSubscriptionsResource {
    @Inject
    SubscriptionService subscriptions;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createAutoSubscription",
            summary = "Deliver a channel ($errors, $logs) of every new source and workflow to a listener")
    @APIResponse(responseCode = "200", description = "the auto-subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.AutoSubscriptionData.class)))
    public JsonObject create(@Parameter(description = "$errors, $logs or a custom channel") @QueryParam("event_name") String eventName,
                             @Parameter(description = "a source, workflow or webhook id") @QueryParam("listener_id") String listenerId) {
        return Envelope.data(SubscriptionJson.render(subscriptions.autoSubscribe(caller.user(),
                eventName, listenerId).auto()));
    }
}
