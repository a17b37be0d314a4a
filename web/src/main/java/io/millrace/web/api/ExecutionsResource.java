package io.millrace.web.api;

import io.millrace.application.ExecutionQueries;
import io.millrace.web.security.ApiKeyFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("v1/executions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionsResource {
    @Inject
    ExecutionQueries executions;
    @Context
    SecurityContext security;

    /** One execution: trigger event and context, status, timings, and each step's result and logs. */
    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return Envelope.data(ExecutionJson.full(executions.get(ApiKeyFilter.caller(security), id)));
    }
}
