package io.millrace.web.api.datastore;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.datastore.RecordService;
import io.millrace.shared.Jsonp;
import io.millrace.web.openapi.DataStoreSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The records of a data store, in key order. A key in the path is percent-encoded (it may contain
 * {@code /}); expired records are never returned.
 */
@Path("v1/data_stores/{id}/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DataStoreRecordsResource {
    @Inject
    RecordService service;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;

    private static final String KEY_IN_PATH = "the key, percent-encoded except its / (keys with #, a leading, trailing"
            + " or doubled /, or . or .. segments need the form /v1/data_stores/{id}/record?key=…)";

    @GET
    @Operation(operationId = "listRecords", summary = "The live records of a data store, in key order")
    @APIResponse(responseCode = "200", description = "a page of records; cursors are keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordList.class)))
    public JsonObject list(@PathParam("id") String id, @QueryParam("limit") String limit,
                           @QueryParam("after") String after, @QueryParam("before") String before,
                           @Parameter(description = "only the keys that start with this text (its total_count too)")
                           @QueryParam("prefix") String prefix) {
        return Envelope.list(service.list(caller.user(), id, Paging.of(limit, after, before), prefix),
                DataStoreJson::record);
    }

    /** Sets up to 1,000 records at once: {@code {"records": [{"key", "value", "ttl"?}, …]}}. */
    @POST
    @Operation(operationId = "setRecords", summary = "Set 1 to 1,000 records in one transaction")
    @APIResponse(responseCode = "200", description = "how many records were set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordCountData.class)))
    public JsonObject setMany(@PathParam("id") String id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordBatch.class))) String body) {
        int count = service.putAll(caller.user(), id, RequestBodies.read(null, body));
        return Envelope.data(Jsonp.createObjectBuilder().add("count", count));
    }

    /** Deletes every record (the store stays). */
    @DELETE
    @Operation(operationId = "clearRecords", summary = "Delete every record of a data store (the store stays)")
    @APIResponse(responseCode = "204", description = "cleared")
    public Response clear(@PathParam("id") String id) {
        WholeStoreDeletes.refuseTrailingSlash(uri);
        service.clear(caller.user(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{key: .+}")
    @Operation(operationId = "getRecord", summary = "A live record by key (in the path)")
    @APIResponse(responseCode = "200", description = "the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordData.class)))
    public JsonObject get(@PathParam("id") String id,
            @Parameter(description = KEY_IN_PATH) @PathParam("key") String key) {
        return Envelope.data(DataStoreJson.record(service.get(caller.user(), id, key)));
    }

    /** Sets the record: {@code {"value": any JSON, "ttl": seconds | null}}; without ttl it never expires. */
    @PUT
    @Path("{key: .+}")
    @Operation(operationId = "setRecord", summary = "Create or replace a record by key (in the path)")
    @APIResponse(responseCode = "200", description = "the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordData.class)))
    public JsonObject set(@PathParam("id") String id,
            @Parameter(description = KEY_IN_PATH) @PathParam("key") String key,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordWrite.class))) String body) {
        return Envelope.data(DataStoreJson.record(
                service.put(caller.user(), id, key, RequestBodies.read(null, body))));
    }

    /** Changes only the expiry: {@code {"ttl": seconds}} from now, or {@code {"ttl": null}} for none. */
    @PATCH
    @Path("{key: .+}")
    @Operation(operationId = "setRecordTtl", summary = "Change a live record's expiry by key (in the path)")
    @APIResponse(responseCode = "200", description = "the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.RecordData.class)))
    public JsonObject setTtl(@PathParam("id") String id,
            @Parameter(description = KEY_IN_PATH) @PathParam("key") String key,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.TtlChange.class))) String body) {
        return Envelope.data(DataStoreJson.record(
                service.setTtl(caller.user(), id, key, RequestBodies.read(null, body))));
    }

    @DELETE
    @Path("{key: .+}")
    @Operation(operationId = "deleteRecord", summary = "Delete a live record by key (in the path)")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") String id,
            @Parameter(description = KEY_IN_PATH) @PathParam("key") String key) {
        service.delete(caller.user(), id, key);
        return Response.noContent().build();
    }
}
