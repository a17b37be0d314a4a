package io.millrace.web.operations;

import io.millrace.web.error.ErrorBody;
import io.millrace.web.params.QueryCheckedWithoutCaller;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /metrics} (Prometheus text of MicroProfile Metrics, {@code ?scope=} and {@code ?name=} as
 * Liberty takes them). The metrics name every workspace's workflows, so a caller needs the API key of an
 * admin user (403 otherwise); with {@code millrace.metrics.authentication=false} it is open
 * ({@code ApiKeyFilter} then authenticates nobody here).
 */
@Path("metrics")
@RequestScoped
@QueryCheckedWithoutCaller
public class MetricsResource {
    @Inject
    FeatureEndpoints endpoints;
    @Inject
    Caller caller;

    @GET
    @Operation(hidden = true)
    public Response metrics(@QueryParam("scope") String scope, @QueryParam("name") String name) {
        if (caller.present() && !caller.person().admin()) {
            return ErrorBody.response(Response.Status.FORBIDDEN,
                    "/metrics covers every workspace: it needs the API key of an admin user", null);
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", scope);
        query.put("name", name);
        return endpoints.get("/metrics", query).relayedOr(scope == null && name == null
                ? "the metrics cannot be read now"
                : "no metrics of this scope or name");
    }
}
