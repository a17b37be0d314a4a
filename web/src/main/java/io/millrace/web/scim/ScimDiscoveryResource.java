package io.millrace.web.scim;

import io.millrace.domain.scim.ScimProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /scim/v2/ServiceProviderConfig}, {@code /ResourceTypes} and {@code /Schemas}, each with a token. */
@Path("scim/v2")
@RequestScoped
public class ScimDiscoveryResource {
    @Inject
    ScimCaller caller;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String base;

    @GET
    @Path("ServiceProviderConfig")
    @Operation(hidden = true)
    public Response config() {
        caller.client();
        return ScimRequests.ok(ScimDiscovery.config(base));
    }

    @GET
    @Path("ResourceTypes")
    @Operation(hidden = true)
    public Response resourceTypes() {
        caller.client();
        return ScimRequests.ok(ScimJson.list(ScimDiscovery.resourceTypes(base)));
    }

    @GET
    @Path("ResourceTypes/{id}")
    @Operation(hidden = true)
    public Response resourceType(@PathParam("id") String id) {
        return ScimRequests.ok(one(ScimDiscovery.resourceTypes(base), id, "resource type"));
    }

    @GET
    @Path("Schemas")
    @Operation(hidden = true)
    public Response schemas() {
        caller.client();
        return ScimRequests.ok(ScimJson.list(ScimDiscovery.schemas(base)));
    }

    @GET
    @Path("Schemas/{id}")
    @Operation(hidden = true)
    public Response schema(@PathParam("id") String id) {
        return ScimRequests.ok(one(ScimDiscovery.schemas(base), id, "schema"));
    }

    private JsonObject one(List<JsonObject> all, String id, String what) {
        caller.client();
        return all.stream().filter(o -> o.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> ScimProblem.notFound(what + " not found"));
    }
}
