package io.millrace.web.api.datastore;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.datastore.DataStoreService;
import io.millrace.web.openapi.DataStoreSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One data store: read, rename ({@code {"name": "…"}}), delete with all its records. */
@Path("v1/data_stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DataStoresResource {
    @Inject
    DataStoreService service;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Operation(operationId = "getDataStore", summary = "A data store")
    @APIResponse(responseCode = "200", description = "the store",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.DataStoreData.class)))
    public JsonObject get(@PathParam("id") String id) {
        return Envelope.data(DataStoreJson.store(service.get(caller.user(), id)));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "renameDataStore", summary = "Rename a data store")
    @APIResponse(responseCode = "200", description = "the renamed store",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.DataStoreData.class)))
    public JsonObject rename(@PathParam("id") String id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.DataStoreName.class))) String body) {
        return Envelope.data(DataStoreJson.store(
                service.rename(caller.user(), id, RequestBodies.read(null, body))));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteDataStore", summary = "Delete a data store and all its records (irreversible)")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") String id) {
        WholeStoreDeletes.refuseTrailingSlash(uri);
        service.delete(caller.user(), id);
        return Response.noContent().build();
    }
}
