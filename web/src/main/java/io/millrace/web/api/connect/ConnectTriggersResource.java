package io.millrace.web.api.connect;

import jakarta.json.JsonObjectBuilder;
import io.millrace.application.connect.DeployedTrigger;
import io.millrace.application.connect.ConnectScope;
import io.millrace.application.connect.ComponentKind;
import io.millrace.web.openapi.ComponentSchemas;
import io.millrace.web.openapi.ConnectSchemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.millrace.application.connect.ConnectTriggers;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;

/** {@code /v1/connect/{project_id}/triggers}: the triggers external users can use (the workspace's and the registry's). */
@Path("v1/connect/{project_id}/triggers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectTriggersResource {
    @Inject
    ComponentEndpoints endpoints;
    @Inject
    ConnectTriggers triggers;

    @GET
    @Operation(operationId = "listConnectTriggers", summary = "The triggers, by key; q searches key, name, description and app")
    @APIResponse(responseCode = "200", description = "a page of triggers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectComponentList.class)))
    public JsonObject list(@BeanParam ScopeParams scope, @BeanParam ComponentQuery query) {
        return endpoints.list(ComponentKind.TRIGGER, scope, query, null);
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getConnectTrigger", summary = "A trigger by key")
    @APIResponse(responseCode = "200", description = "the trigger",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectComponentData.class)))
    public JsonObject get(@BeanParam ScopeParams scope, @PathParam("key") String key) {
        return endpoints.get(ComponentKind.TRIGGER, scope, key);
    }

    @POST
    @Path("configure")
    @Operation(operationId = "configureConnectTriggerProp", summary = "The options of one prop of a trigger, for an external user")
    @APIResponse(responseCode = "200", description = "the prop's options; errors thrown by the code are in errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.PropsConfigureAnswer.class)))
    public JsonObject configure(@BeanParam ScopeParams scope, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectConfigureProp.class))) String body) {
        return endpoints.configure(ComponentKind.TRIGGER, scope, type, body);
    }

    @POST
    @Path("props")
    @Operation(operationId = "reloadConnectTriggerProps", summary = "The props of a trigger after additionalProps(), for an external user")
    @APIResponse(responseCode = "200", description = "the props; errors thrown by the code are in errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.PropsReloadAnswer.class)))
    public JsonObject reload(@BeanParam ScopeParams scope, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectReloadProps.class))) String body) {
        return endpoints.reload(ComponentKind.TRIGGER, scope, type, body);
    }

    @POST
    @Path("deploy")
    @Operation(operationId = "deployConnectTrigger", summary = "Deploy a trigger for an external user (its hooks run)")
    @APIResponse(responseCode = "200", description = "the deployed trigger",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.DeployedTriggerData.class)))
    public JsonObject deploy(@BeanParam ScopeParams scope, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectDeployTrigger.class))) String body) {
        ConnectScope connect = endpoints.scope(scope);
        DeployedTrigger t = triggers.deploy(connect, RequestBodies.read(type, body));
        JsonObjectBuilder out = ConnectJson.trigger(t);
        // the webhook_url's signing key, as the SDK's DeployedComponent.webhook_signing_key
        triggers.webhookListeners(connect, t).values().stream().map(w -> w.signingKey()).filter(k -> k != null)
                .findFirst().ifPresent(k -> out.add("webhook_signing_key", k));
        return Envelope.data(out);
    }
}
