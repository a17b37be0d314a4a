package io.millrace.web.api.environment;

import io.millrace.shared.Quoted;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.application.environment.EnvVarService;
import io.millrace.domain.environment.Scope;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.web.openapi.EnvVarSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The environment variables of a workspace ({@code /v1/workspaces/{id}/env_vars}, available to all its
 * workflows) or of a project ({@code /v1/projects/{id}/env_vars}, overriding workspace variables of the
 * same key): {@code GET/POST .../env_vars}, {@code GET/PUT/DELETE .../env_vars/{env_var_id}}. One
 * resource serves both scopes, so that each operation is documented once.
 */
@Path("v1/{scope: workspaces|projects}/{id}/env_vars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnvVarsResource {
    @Inject
    EnvVarService service;
    @Inject
    Caller caller;

    @Parameter(description = "workspaces or projects", schema = @Schema(enumeration = {"workspaces", "projects"}))
    @PathParam("scope")
    String scopeType;

    /** The scope named by the path. */
    private Scope scope(String id) {
        return "projects".equals(scopeType) ? Scope.project(id) : Scope.workspace(id);
    }

    @GET
    @Operation(operationId = "listEnvVars", summary = "The environment variables of the scope, newest first")
    @APIResponse(responseCode = "200", description = "a page of variables",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnvVarSchemas.EnvVarList.class)))
    public JsonObject list(@PathParam("id") String id, @QueryParam("limit") String limit,
                           @QueryParam("after") String after, @QueryParam("before") String before) {
        return Envelope.list(service.list(caller.user(), scope(id), Paging.of(limit, after, before)),
                EnvVarJson::render);
    }

    @POST
    @Operation(operationId = "createEnvVar", summary = "Create an environment variable (secret unless secret: false)")
    @APIResponse(responseCode = "200", description = "the variable; a secret's value is null",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnvVarSchemas.EnvVarData.class)))
    public Response create(@PathParam("id") String id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnvVarSchemas.EnvVarChange.class)))
            String body) {
        return Response.ok(Envelope.data(EnvVarJson.render(
                service.create(caller.user(), scope(id), json(body))))).build();
    }

    @GET
    @Path("{env_var_id}")
    @Operation(operationId = "getEnvVar", summary = "An environment variable")
    @APIResponse(responseCode = "200", description = "the variable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnvVarSchemas.EnvVarData.class)))
    public JsonObject get(@PathParam("id") String id, @PathParam("env_var_id") String envVarId) {
        return Envelope.data(EnvVarJson.render(service.get(caller.user(), scope(id), envVarId)));
    }

    @PUT
    @Path("{env_var_id}")
    @Operation(operationId = "updateEnvVar", summary = "Change the fields the body names")
    @APIResponse(responseCode = "200", description = "the variable after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnvVarSchemas.EnvVarData.class)))
    public JsonObject update(@PathParam("id") String id, @PathParam("env_var_id") String envVarId,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = EnvVarSchemas.EnvVarChange.class)))
                             String body) {
        return Envelope.data(EnvVarJson.render(
                service.update(caller.user(), scope(id), envVarId, json(body))));
    }

    @DELETE
    @Path("{env_var_id}")
    @Operation(operationId = "deleteEnvVar", summary = "Delete an environment variable")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") String id, @PathParam("env_var_id") String envVarId) {
        service.delete(caller.user(), scope(id), envVarId);
        return Response.noContent().build();
    }

    private static JsonValue json(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(null, "the request body must be a JSON object");
        }
        try {
            return JsonText.parse(body);
        } catch (JsonParsingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException(null, "the request body is not valid JSON: " + Quoted.detail(e.getMessage()));
        }
    }
}
