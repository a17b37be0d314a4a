package io.millrace.web.scim;

import io.millrace.application.scim.ScimGroup;
import io.millrace.application.scim.ScimGroups;
import io.millrace.domain.scim.ScimProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
 * {@code /scim/v2/Groups}: the two fixed groups {@code admin} and {@code member}, which are roles; their
 * members change with PATCH. Creating, replacing and deleting groups is 501.
 */
@Path("scim/v2/Groups")
@RequestScoped
public class ScimGroupsResource {
    private static final String FIXED = "Millrace's groups are fixed, one per role (admin, member):"
            + " change their members with PATCH";

    @Inject
    ScimGroups groups;
    @Inject
    ScimCaller caller;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String base;

    @GET
    @Operation(hidden = true)
    public Response list(@BeanParam ScimListQuery query) {
        return ScimRequests.ok(ScimJson.list(groups.list(caller.client(), query.filter, query.startIndex(), query.count()),
                this::json));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public Response get(@PathParam("id") String id) {
        return ScimRequests.ok(json(groups.get(caller.client(), id)));
    }

    @PATCH
    @Path("{id}")
    @Operation(hidden = true)
    public Response patch(@PathParam("id") String id, String body) {
        return ScimRequests.ok(json(groups.patch(caller.client(), id, ScimRequests.body(body))));
    }

    @POST
    @Operation(hidden = true)
    public Response create(String body) {
        throw ScimProblem.notImplemented(FIXED);
    }

    @PUT
    @Path("{id}")
    @Operation(hidden = true)
    public Response replace(@PathParam("id") String id, String body) {
        groups.get(caller.client(), id);
        throw ScimProblem.notImplemented(FIXED);
    }

    @DELETE
    @Path("{id}")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") String id) {
        groups.get(caller.client(), id);
        throw ScimProblem.notImplemented(FIXED);
    }

    private JsonObject json(ScimGroup g) {
        return ScimJson.group(g, base);
    }
}
