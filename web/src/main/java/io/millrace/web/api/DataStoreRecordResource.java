package io.millrace.web.api;

import io.millrace.application.RecordService;
import io.millrace.shared.InvalidInputException;
import io.millrace.web.security.ApiKeyFilter;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

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
    @Context
    SecurityContext security;

    @GET
    public JsonObject get(@PathParam("id") String id, @QueryParam("key") String key) {
        return Envelope.data(DataStoreJson.record(service.get(ApiKeyFilter.caller(security), id, required(key))));
    }

    @PUT
    public JsonObject set(@PathParam("id") String id, @QueryParam("key") String key, String body) {
        return Envelope.data(DataStoreJson.record(
                service.put(ApiKeyFilter.caller(security), id, required(key), RequestBodies.read(null, body))));
    }

    @PATCH
    public JsonObject setTtl(@PathParam("id") String id, @QueryParam("key") String key, String body) {
        return Envelope.data(DataStoreJson.record(
                service.setTtl(ApiKeyFilter.caller(security), id, required(key), RequestBodies.read(null, body))));
    }

    @DELETE
    public Response delete(@PathParam("id") String id, @QueryParam("key") String key) {
        service.delete(ApiKeyFilter.caller(security), id, required(key));
        return Response.noContent().build();
    }

    private static String required(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidInputException("key", "the query parameter key is required");
        }
        return key;
    }
}
