package io.millrace.web.api;

import io.millrace.application.ComponentRegistry;
import io.millrace.application.ComponentService;
import io.millrace.web.security.ApiKeyFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Saved components and Millrace's component registry. */
@Path("v1/components")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComponentsResource {
    @Inject
    ComponentService components;
    @Context
    SecurityContext security;

    /** Saves a component from {@code component_code} or {@code component_url}. */
    @POST
    public JsonObject create(@HeaderParam("Content-Type") String type, String body) {
        return Envelope.data(ComponentJson.render(components.create(ApiKeyFilter.caller(security),
                RequestBodies.read(type, body))));
    }

    /** A component of the caller's workspace by key or {@code sc_…} id. */
    @GET
    @Path("{keyOrId}")
    public JsonObject get(@PathParam("keyOrId") String keyOrId) {
        return Envelope.data(ComponentJson.render(components.get(ApiKeyFilter.caller(security), keyOrId)));
    }

    /** A component of Millrace's registry by key. */
    @GET
    @Path("registry/{key}")
    public JsonObject registry(@PathParam("key") String key) {
        return Envelope.data(ComponentJson.render(components.registry(key)));
    }

    /**
     * A plain text match of {@code query} over the registry's keys, names and descriptions (not AI search):
     * {@code {"sources": [keys], "actions": [keys]}}, best matches first, at most {@code limit} (1–100,
     * default 10) of each; {@code app} keeps only that app's components.
     */
    @GET
    @Path("search")
    public JsonObject search(@QueryParam("query") String query, @QueryParam("app") String app,
                             @QueryParam("limit") String limit) {
        ComponentRegistry.Search found = components.search(query, app == null || app.isBlank() ? null : app.trim(),
                limit(limit));
        JsonArrayBuilder sources = Jsonp.createArrayBuilder();
        found.sources().forEach(sources::add);
        JsonArrayBuilder actions = Jsonp.createArrayBuilder();
        found.actions().forEach(actions::add);
        return Jsonp.createObjectBuilder().add("sources", sources).add("actions", actions).build();
    }

    private static int limit(String limit) {
        return limit == null || limit.isBlank() ? 10 : Paging.of(limit.trim(), null, null).limit();
    }
}
