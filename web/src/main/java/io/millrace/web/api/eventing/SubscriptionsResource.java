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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /v1/subscriptions} and {@code DELETE /v1/subscriptions}: a listener (source, workflow or
 * webhook) starts or stops receiving an emitter's events, all parameters in the query.
 */
@Path("v1/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {
    @Inject
    SubscriptionService subscriptions;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createSubscription", summary = "Let a source, workflow or webhook listen to an emitter's events")
    @APIResponse(responseCode = "200", description = "the subscription (the existing one when it exists already)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionSchemas.SubscriptionData.class)))
    public JsonObject create(
            @Parameter(description = "a source or workflow id, or dc_* (all sources) or p_* (all workflows)")
            @QueryParam("emitter_id") String emitterId,
            @Parameter(description = "a source, workflow or webhook id") @QueryParam("listener_id") String listenerId,
            @Parameter(description = "a custom channel, $errors or $logs; omit for the default channel")
            @QueryParam("event_name") String eventName) {
        return Envelope.data(SubscriptionJson.render(subscriptions.subscribe(caller.user(),
                emitterId, listenerId, eventName)));
    }

    @DELETE
    @Operation(operationId = "deleteSubscription", summary = "Stop a listener receiving an emitter's events")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@Parameter(description = "as given when subscribing") @QueryParam("emitter_id") String emitterId,
                           @Parameter(description = "as given when subscribing") @QueryParam("listener_id") String listenerId,
                           @Parameter(description = "as given when subscribing (empty or absent: the default channel)")
                           @QueryParam("event_name") String eventName) {
        subscriptions.unsubscribe(caller.user(), emitterId, listenerId, eventName);
        return Response.noContent().build();
    }
}
