package io.millrace.web.api.connect;

import io.millrace.application.connect.ComponentKind;
import io.millrace.application.connect.ConnectScopes;
import io.millrace.web.openapi.ComponentSchemas;
import io.millrace.web.openapi.ConnectSchemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
    public JsonObject list(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @QueryParam("q") String q, @QueryParam("app") String app, @QueryParam("registry") String registry,
            @QueryParam("component_type") String componentType,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return endpoints.list(ComponentKind.ANY, projectId, environment, q, app, registry, componentType, limit, after);
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getConnectComponent", summary = "A component by key")
    @APIResponse(responseCode = "200", description = "the component",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectComponentData.class)))
    public JsonObject get(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("key") String key) {
        return endpoints.get(ComponentKind.ANY, projectId, environment, key);
    }

    @POST
    @Path("configure")
    @Operation(operationId = "configureConnectComponentProp", summary = "The options of one prop of a component, for an external user")
    @APIResponse(responseCode = "200", description = "the prop's options; errors thrown by the code are in errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.PropsConfigureAnswer.class)))
    public JsonObject configure(@PathParam("project_id") String projectId,
            @HeaderParam(ConnectScopes.HEADER) String environment, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectConfigureProp.class))) String body) {
        return endpoints.configure(ComponentKind.ANY, projectId, environment, type, body);
    }

    @POST
    @Path("props")
    @Operation(operationId = "reloadConnectComponentProps", summary = "The props of a component after additionalProps(), for an external user")
    @APIResponse(responseCode = "200", description = "the props; errors thrown by the code are in errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.PropsReloadAnswer.class)))
    public JsonObject reload(@PathParam("project_id") String projectId,
            @HeaderParam(ConnectScopes.HEADER) String environment, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectReloadProps.class))) String body) {
        return endpoints.reload(ComponentKind.ANY, projectId, environment, type, body);
    }
}
