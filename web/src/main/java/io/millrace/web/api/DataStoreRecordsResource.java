package io.millrace.web.api;

import io.millrace.application.RecordService;
import io.millrace.shared.Jsonp;
import io.millrace.web.security.ApiKeyFilter;
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
import jakarta.ws.rs.core.SecurityContext;

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
    @Context
    SecurityContext security;

    @GET
    public JsonObject list(@PathParam("id") String id, @QueryParam("limit") String limit,
                           @QueryParam("after") String after, @QueryParam("before") String before) {
        return Envelope.list(service.list(ApiKeyFilter.caller(security), id, Paging.of(limit, after, before)),
                DataStoreJson::record);
    }

    /** Sets up to 1,000 records at once: {@code {"records": [{"key", "value", "ttl"?}, …]}}. */
    @POST
    public JsonObject setMany(@PathParam("id") String id, String body) {
        int count = service.putAll(ApiKeyFilter.caller(security), id, RequestBodies.read(null, body));
        return Envelope.data(Jsonp.createObjectBuilder().add("count", count));
    }

    /** Deletes every record (the store stays). */
    @DELETE
    public Response clear(@PathParam("id") String id) {
        service.clear(ApiKeyFilter.caller(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{key: .+}")
    public JsonObject get(@PathParam("id") String id, @PathParam("key") String key) {
        return Envelope.data(DataStoreJson.record(service.get(ApiKeyFilter.caller(security), id, key)));
    }

    /** Sets the record: {@code {"value": any JSON, "ttl": seconds | null}}; without ttl it never expires. */
    @PUT
    @Path("{key: .+}")
    public JsonObject set(@PathParam("id") String id, @PathParam("key") String key, String body) {
        return Envelope.data(DataStoreJson.record(
                service.put(ApiKeyFilter.caller(security), id, key, RequestBodies.read(null, body))));
    }

    /** Changes only the expiry: {@code {"ttl": seconds}} from now, or {@code {"ttl": null}} for none. */
    @PATCH
    @Path("{key: .+}")
    public JsonObject setTtl(@PathParam("id") String id, @PathParam("key") String key, String body) {
        return Envelope.data(DataStoreJson.record(
                service.setTtl(ApiKeyFilter.caller(security), id, key, RequestBodies.read(null, body))));
    }

    @DELETE
    @Path("{key: .+}")
    public Response delete(@PathParam("id") String id, @PathParam("key") String key) {
        service.delete(ApiKeyFilter.caller(security), id, key);
        return Response.noContent().build();
    }
}
