package io.millrace.web.api;

import io.millrace.application.ExecutionQueries;
import io.millrace.application.WorkflowService;
import io.millrace.web.security.ApiKeyFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("v1/workflows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowsResource {
    @Inject
    WorkflowService service;
    @Inject
    ExecutionQueries executions;
    @Inject
    EndpointBaseUrl baseUrl;
    @Context
    SecurityContext security;

    /** Creates a workflow and deploys its first version. */
    @POST
    public Response create(@HeaderParam("Content-Type") String type, String body) {
        JsonObject created = Envelope.data(WorkflowJson.render(
                service.create(ApiKeyFilter.caller(security), RequestBodies.read(type, body)), baseUrl.value()));
        return Response.ok(created).build();
    }

    @GET
    public JsonObject list(@QueryParam("limit") String limit, @QueryParam("after") String after,
                           @QueryParam("before") String before) {
        return Envelope.list(service.list(ApiKeyFilter.caller(security), Paging.of(limit, after, before)),
                v -> WorkflowJson.render(v, baseUrl.value()));
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return Envelope.data(WorkflowJson.render(service.get(ApiKeyFilter.caller(security), id), baseUrl.value()));
    }

    /** Changes {@code active}; a new name, triggers, steps or settings deploy a new version. */
    @PUT
    @Path("{id}")
    public JsonObject update(@PathParam("id") String id, @HeaderParam("Content-Type") String type, String body) {
        return Envelope.data(WorkflowJson.render(
                service.update(ApiKeyFilter.caller(security), id, RequestBodies.read(type, body)), baseUrl.value()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        service.delete(ApiKeyFilter.caller(security), id);
        return Response.noContent().build();
    }

    /** The workflow's queue: waiting, dispatched and running executions, and its throttle window. */
    @GET
    @Path("{id}/queue")
    public JsonObject queue(@PathParam("id") String id) {
        return Envelope.data(QueueJson.render(executions.queue(ApiKeyFilter.caller(security), id),
                System.currentTimeMillis()));
    }

    /** The workflow's executions, newest first, optionally only those with {@code status}. */
    @GET
    @Path("{id}/executions")
    public JsonObject executions(@PathParam("id") String id, @QueryParam("status") String status,
                                 @QueryParam("limit") String limit, @QueryParam("after") String after,
                                 @QueryParam("before") String before) {
        return Envelope.list(executions.list(ApiKeyFilter.caller(security), id, status,
                Paging.of(limit, after, before)), ExecutionJson::summary);
    }
}
