package io.millrace.web.api.apps;

import io.millrace.application.apps.AppCatalogue;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.AppSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
 * The app catalogue: {@code GET /v1/apps} ({@code q} searches name and name slug) and {@code GET /v1/apps/{app_id}}
 * (id or name slug) for everyone signed in; {@code POST}, {@code PUT} and {@code DELETE} for the server's
 * administrators.
 */
@Path("v1/apps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppsResource {
    @Inject
    AppCatalogue catalogue;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listApps", summary = "The app catalogue, newest first; q searches names")
    @APIResponse(responseCode = "200", description = "a page of apps", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AppList.class)))
    public JsonObject list(@Parameter(description = "apps whose name or name slug contains this text") @QueryParam("q") String q,
                           @QueryParam("limit") String limit, @QueryParam("after") String after,
                           @QueryParam("before") String before) {
        caller.user();
        if (q != null && q.length() > 255) {
            throw new io.millrace.shared.InvalidInputException("q", "q must be at most 255 characters");
        }
        return Envelope.list(catalogue.list(q, Paging.of(limit, after, before)), AppJson::render);
    }

    @GET
    @Path("{app_id}")
    @Operation(operationId = "getApp", summary = "An app, by id or name slug")
    @APIResponse(responseCode = "200", description = "the app", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AppData.class)))
    public JsonObject get(@PathParam("app_id") String appId) {
        caller.user();
        return Envelope.data(AppJson.render(catalogue.get(appId)));
    }

    @POST
    @Operation(operationId = "createApp", summary = "Add an app to the catalogue (server administrators)")
    @APIResponse(responseCode = "200", description = "the app", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AppData.class)))
    public JsonObject create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppSchemas.AppChange.class))) String body) {
        caller.requireServerAdmin();
        return Envelope.data(AppJson.render(catalogue.create(RequestBodies.read(null, body))));
    }

    @PUT
    @Path("{app_id}")
    @Operation(operationId = "updateApp", summary = "Change the fields the body names (server administrators)")
    @APIResponse(responseCode = "200", description = "the app", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AppData.class)))
    public JsonObject update(@PathParam("app_id") String appId, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AppChange.class)))
            String body) {
        caller.requireServerAdmin();
        return Envelope.data(AppJson.render(catalogue.update(appId, RequestBodies.read(null, body))));
    }

    @DELETE
    @Path("{app_id}")
    @Operation(operationId = "deleteApp", summary = "Remove an app without accounts (server administrators)")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("app_id") String appId) {
        caller.requireServerAdmin();
        catalogue.delete(appId);
        return Response.noContent().build();
    }
}
