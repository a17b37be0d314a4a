package io.millrace.web.api;

import io.millrace.application.ExecutionCommands;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The {@code resume_url} and {@code cancel_url} of {@code $.flow.delay}: no API key (the token in the
 * URL is the secret), GET (a browser) or POST (any HTTP client).
 */
@Path("flow/{id}/{action}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlowResource {
    @Inject
    ExecutionCommands commands;

    @GET
    public JsonObject get(@PathParam("id") String id, @PathParam("action") String action,
                          @QueryParam("token") String token) {
        return act(id, action, token);
    }

    @POST
    public JsonObject post(@PathParam("id") String id, @PathParam("action") String action,
                           @QueryParam("token") String token) {
        return act(id, action, token);
    }

    private JsonObject act(String id, String action, String token) {
        String result = commands.byFlowUrl(id, action, token);
        return Envelope.data(Jsonp.createObjectBuilder().add("id", id).add("status", result));
    }
}
