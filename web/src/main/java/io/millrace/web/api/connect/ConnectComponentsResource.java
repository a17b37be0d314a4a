package io.millrace.web.api.connect;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /v1/connect/{project_id}/components}: the components external users can use (the workspace's and the registry's). */
@Path("v1/connect/{project_id}/components")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectComponentsResource {
    @Inject
    ComponentEndpoints endpoints;

    @GET
    @Operation(operationId = "listConnectComponents", summary = "The components, by key; q searches key, name, description and app")
    @APIResponse(responseCode = "200", description = "a page of components",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectComponentList.class)))
    public JsonObject list(@BeanParam ScopeParams scope, @BeanParam ComponentQuery query,
            @QueryParam("component_type") String componentType) {
        return endpoints.list(ComponentKind.ANY, scope, query, componentType);
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getConnectComponent", summary = "A component by key")
    @APIResponse(responseCode = "200", description = "the component",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectComponentData.class)))
    public JsonObject get(@BeanParam ScopeParams scope, @PathParam("key") String key) {
        return endpoints.get(ComponentKind.ANY, scope, key);
    }

    @POST
    @Path("configure")
    @Operation(operationId = "configureConnectComponentProp", summary = "The options of one prop of a component, for an external user")
    @APIResponse(responseCode = "200", description = "the prop's options; errors thrown by the code are in errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.PropsConfigureAnswer.class)))
    public JsonObject configure(@BeanParam ScopeParams scope, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectConfigureProp.class))) String body) {
        return endpoints.configure(ComponentKind.ANY, scope, type, body);
    }

    @POST
    @Path("props")
    @Operation(operationId = "reloadConnectComponentProps", summary = "The props of a component after additionalProps(), for an external user")
    @APIResponse(responseCode = "200", description = "the props; errors thrown by the code are in errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.PropsReloadAnswer.class)))
    public JsonObject reload(@BeanParam ScopeParams scope, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectReloadProps.class))) String body) {
        return endpoints.reload(ComponentKind.ANY, scope, type, body);
    }
}
