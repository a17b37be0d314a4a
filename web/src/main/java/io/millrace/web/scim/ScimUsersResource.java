package io.millrace.web.scim;

import io.millrace.application.scim.ScimUser;
import io.millrace.application.scim.ScimUsers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /scim/v2/Users} of the token's workspace (RFC 7644 §3): create, list with {@code filter},
 * {@code startIndex} and {@code count}, read, replace, patch, delete. {@code attributes} and
 * {@code excludedAttributes} are accepted and ignored (whole resources are answered).
 */
@Path("scim/v2/Users")
@RequestScoped
public class ScimUsersResource {
    @Inject
    ScimUsers users;
    @Inject
    ScimCaller caller;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String base;

    @GET
    @Operation(hidden = true)
    public Response list(@BeanParam ScimListQuery query) {
        return ScimRequests.ok(ScimJson.list(users.list(caller.client(), query.filter, query.startIndex(), query.count()),
                this::json));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public Response get(@PathParam("id") String id) {
        return ScimRequests.ok(json(users.get(caller.client(), id)));
    }

    @POST
    @Operation(hidden = true)
    public Response create(String body) {
        ScimUser created = users.create(caller.client(), ScimRequests.body(body));
        String location = base + "/scim/v2/Users/" + created.user().id();
        return Response.status(201).type(ScimMediaType.SCIM_JSON_TYPE).header("Location", location)
                .entity(json(created).toString()).build();
    }

    @PUT
    @Path("{id}")
    @Operation(hidden = true)
    public Response replace(@PathParam("id") String id, String body) {
        return ScimRequests.ok(json(users.replace(caller.client(), id, ScimRequests.body(body))));
    }

    @PATCH
    @Path("{id}")
    @Operation(hidden = true)
    public Response patch(@PathParam("id") String id, String body) {
        return ScimRequests.ok(json(users.patch(caller.client(), id, ScimRequests.body(body))));
    }

    @DELETE
    @Path("{id}")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") String id) {
        users.delete(caller.client(), id);
        return Response.noContent().build();
    }

    private jakarta.json.JsonObject json(ScimUser u) {
        return ScimJson.user(u, base);
    }
}
