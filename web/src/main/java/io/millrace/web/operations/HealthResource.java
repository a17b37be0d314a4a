package io.millrace.web.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /health}, {@code /health/ready}, {@code /health/live} and {@code /health/started}: MicroProfile
 * Health's answers (200 UP, 503 DOWN, each with its JSON), without authentication, as orchestrators probe
 * them.
 */
@Path("health")
@RequestScoped
public class HealthResource {
    @Inject
    FeatureEndpoints endpoints;

    @GET
    @Operation(hidden = true)
    public Response all() {
        return relayed("/health");
    }

    @GET
    @Path("ready")
    @Operation(hidden = true)
    public Response ready() {
        return relayed("/health/ready");
    }

    @GET
    @Path("live")
    @Operation(hidden = true)
    public Response live() {
        return relayed("/health/live");
    }

    @GET
    @Path("started")
    @Operation(hidden = true)
    public Response started() {
        return relayed("/health/started");
    }

    private Response relayed(String path) {
        FeatureEndpoints.Answer answer = endpoints.get(path, Map.of());
        // 503 with a body is health's own DOWN answer, passed on; anything else but 200 is an error of ours
        return answer.body() != null && (answer.status() == 200 || answer.status() == 503) ? answer.relayed()
                : answer.relayedOr("the health checks cannot be read now");
    }
}
