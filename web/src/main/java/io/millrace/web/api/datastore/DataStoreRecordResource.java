package io.millrace.web.api.datastore;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.datastore.RecordService;
import io.millrace.shared.InvalidInputException;
import io.millrace.web.openapi.DataStoreSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
 * One record named by the query parameter {@code key}: the same operations as
 * {@code .../records/{key}}, for every key, also those a path cannot carry (the server refuses an
 * encoded {@code /} in a path, and {@code .} or {@code ..} segments are normalized away).
 */
@Path("v1/data_stores/{id}/record")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DataStoreRecordResource {
    @Inject
    RecordService service;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getRecordByQuery", summary = "A live record by key (as a query parameter)")
    @APIResponse(responseCode = "200", description = "the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordData.class)))
    public JsonObject get(@PathParam("id") String id,
            @Parameter(description = "the key (any key)", required = true) @QueryParam("key") String key) {
        return Envelope.data(DataStoreJson.record(service.get(caller.user(), id, required(key))));
    }

    @PUT
    @Operation(operationId = "setRecordByQuery", summary = "Create or replace a record by key (as a query parameter)")
    @APIResponse(responseCode = "200", description = "the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordData.class)))
    public JsonObject set(@PathParam("id") String id,
            @Parameter(description = "the key (any key)", required = true) @QueryParam("key") String key,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordWrite.class))) String body) {
        return Envelope.data(DataStoreJson.record(
                service.put(caller.user(), id, required(key), RequestBodies.read(null, body))));
    }

    @PATCH
    @Operation(operationId = "setRecordTtlByQuery",
            summary = "Change a live record's expiry by key (as a query parameter)")
    @APIResponse(responseCode = "200", description = "the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordData.class)))
    public JsonObject setTtl(@PathParam("id") String id,
            @Parameter(description = "the key (any key)", required = true) @QueryParam("key") String key,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.TtlChange.class))) String body) {
        return Envelope.data(DataStoreJson.record(
                service.setTtl(caller.user(), id, required(key), RequestBodies.read(null, body))));
    }

    @DELETE
    @Operation(operationId = "deleteRecordByQuery", summary = "Delete a live record by key (as a query parameter)")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") String id,
            @Parameter(description = "the key (any key)", required = true) @QueryParam("key") String key) {
        service.delete(caller.user(), id, required(key));
        return Response.noContent().build();
    }

    private static String required(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidInputException("key", "the query parameter key is required");
        }
        return key;
    }
}
