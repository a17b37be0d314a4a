package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectScope;
import io.millrace.application.connect.ConnectScopes;
import io.millrace.application.connect.ConnectTriggers;
import io.millrace.application.connect.DeployedTrigger;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Page;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ConnectSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Triggers deployed for external users: read, change, delete, their events and listeners. */
@Path("v1/connect/{project_id}/deployed-triggers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeployedTriggersResource {
    @Inject
    ConnectTriggers triggers;
    @Inject
    ConnectScopes scopes;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listDeployedTriggers", summary = "The triggers deployed for an external user, newest first")
    @APIResponse(responseCode = "200", description = "the user's triggers (one page)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.DeployedTriggerList.class)))
    public JsonObject list(@BeanParam ScopeParams scope, @QueryParam("external_user_id") String externalUserId,
            @QueryParam("emitter_type") String emitterType, @QueryParam("limit") String limit,
            @QueryParam("after") String after, @QueryParam("before") String before) {
        Paging.of(limit, after, before);
        List<DeployedTrigger> all = triggers.list(scope(scope.projectId, scope.environment), externalUserId);
        return Envelope.list(new Page<>(all, all.size(), null, null, true), ConnectJson::trigger);
    }

    @GET
    @Path("{trigger_id}")
    @Operation(operationId = "getDeployedTrigger", summary = "A trigger deployed for an external user")
    @APIResponse(responseCode = "200", description = "the trigger",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.DeployedTriggerData.class)))
    public JsonObject get(@BeanParam DeployedTriggerParams trigger) {
        return Envelope.data(ConnectJson.trigger(triggers.get(scope(trigger), trigger.triggerId, trigger.externalUserId)));
    }

    @PUT
    @Path("{trigger_id}")
    @Operation(operationId = "updateDeployedTrigger", summary = "Change a deployed trigger's name, active or configured props")
    @APIResponse(responseCode = "200", description = "the trigger after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.DeployedTriggerData.class)))
    public JsonObject update(@BeanParam DeployedTriggerParams trigger, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.DeployedTriggerChange.class))) String body) {
        return Envelope.data(ConnectJson.trigger(triggers.update(scope(trigger), trigger.triggerId, trigger.externalUserId,
                RequestBodies.read(type, body))));
    }

    @DELETE
    @Path("{trigger_id}")
    @Operation(operationId = "deleteDeployedTrigger", summary = "Delete a deployed trigger (its deactivate hook runs)")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@BeanParam DeployedTriggerParams trigger, @QueryParam("ignore_hook_errors") String ignoreHookErrors) {
        triggers.delete(scope(trigger), trigger.triggerId, trigger.externalUserId);
        return Response.noContent().build();
    }

    @GET
    @Path("{trigger_id}/events")
    @Operation(operationId = "listDeployedTriggerEvents", summary = "The newest events a deployed trigger emitted")
    @APIResponse(responseCode = "200", description = "the events, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.TriggerEventList.class)))
    public JsonObject events(@BeanParam DeployedTriggerParams trigger, @QueryParam("n") String n) {
        int count = Paging.limit(n, 20);
        JsonArrayBuilder data = Jsonp.createArrayBuilder();
        triggers.events(scope(trigger), trigger.triggerId, trigger.externalUserId, count)
                .forEach(e -> data.add(ConnectJson.event(e)));
        return Jsonp.createObjectBuilder().add("data", data).build();
    }

    @GET
    @Path("{trigger_id}/webhooks")
    @Operation(operationId = "listDeployedTriggerWebhooks", summary = "The webhook URLs a deployed trigger's events go to")
    @APIResponse(responseCode = "200", description = "the webhook URLs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.TriggerWebhooks.class)))
    public JsonObject webhooks(@BeanParam DeployedTriggerParams trigger) {
        ConnectScope scope = scope(trigger);
        DeployedTrigger t = triggers.get(scope, trigger.triggerId, trigger.externalUserId);
        return ConnectJson.webhooks(t, triggers.webhookListeners(scope, t)).build();
    }

    @GET
    @Path("{trigger_id}/webhooks/{webhook_id}")
    @Operation(operationId = "getDeployedTriggerWebhook", summary = "One webhook of a deployed trigger, with its signing key")
    @APIResponse(responseCode = "200", description = "the webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.SignedWebhookData.class)))
    public JsonObject webhook(@BeanParam DeployedTriggerParams trigger, @PathParam("webhook_id") String webhookId) {
        return Envelope.data(ConnectJson.webhook(triggers.webhook(scope(trigger), trigger.triggerId,
                trigger.externalUserId, webhookId)));
    }

    @POST
    @Path("{trigger_id}/webhooks/{webhook_id}/regenerate_signing_key")
    @Operation(operationId = "regenerateDeployedTriggerWebhookSigningKey",
            summary = "Give a deployed trigger's webhook a new signing key")
    @APIResponse(responseCode = "200", description = "the webhook with its new signing key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.SignedWebhookData.class)))
    public JsonObject regenerateSigningKey(@BeanParam DeployedTriggerParams trigger,
            @PathParam("webhook_id") String webhookId) {
        return Envelope.data(ConnectJson.webhook(triggers.regenerateSigningKey(scope(trigger), trigger.triggerId,
                trigger.externalUserId, webhookId)));
    }

    @PUT
    @Path("{trigger_id}/webhooks")
    @Operation(operationId = "setDeployedTriggerWebhooks", summary = "Replace the webhook URLs a deployed trigger's events go to")
    @APIResponse(responseCode = "200", description = "the webhook URLs now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.TriggerWebhooks.class)))
    public JsonObject setWebhooks(@BeanParam DeployedTriggerParams trigger, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.TriggerWebhooksChange.class))) String body) {
        ConnectScope scope = scope(trigger);
        DeployedTrigger t = triggers.setWebhooks(scope, trigger.triggerId, trigger.externalUserId,
                RequestBodies.read(type, body));
        return ConnectJson.webhooks(t, triggers.webhookListeners(scope, t)).build();
    }

    @GET
    @Path("{trigger_id}/pipelines")
    @Operation(operationId = "listDeployedTriggerWorkflows", summary = "The workflows a deployed trigger's events go to")
    @APIResponse(responseCode = "200", description = "the workflow ids",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.TriggerWorkflows.class)))
    public JsonObject workflows(@BeanParam DeployedTriggerParams trigger) {
        DeployedTrigger t = triggers.get(scope(trigger), trigger.triggerId, trigger.externalUserId);
        return ConnectJson.strings("workflow_ids", ConnectTriggers.workflowIds(t.listeners())).build();
    }

    @PUT
    @Path("{trigger_id}/pipelines")
    @Operation(operationId = "setDeployedTriggerWorkflows", summary = "Replace the workflows a deployed trigger's events go to")
    @APIResponse(responseCode = "200", description = "the workflow ids now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.TriggerWorkflows.class)))
    public JsonObject setWorkflows(@BeanParam DeployedTriggerParams trigger, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.TriggerWorkflowsChange.class))) String body) {
        return ConnectJson.strings("workflow_ids", triggers.setWorkflows(scope(trigger), trigger.triggerId,
                trigger.externalUserId, RequestBodies.read(type, body))).build();
    }

    private ConnectScope scope(DeployedTriggerParams trigger) {
        return scope(trigger.projectId, trigger.environment);
    }

    private ConnectScope scope(String projectId, String environment) {
        return scopes.scope(caller.user(), projectId, environment);
    }
}
