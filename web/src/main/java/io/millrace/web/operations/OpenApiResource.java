package io.millrace.web.operations;

import io.millrace.web.error.ErrorBody;
import io.millrace.web.params.QueryCheckedWithoutCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /openapi}: the OpenAPI document of the API, YAML or with {@code ?format=JSON} JSON. It
 * describes the API, not any workspace's data, so every valid API key or OAuth access token may read it;
 * with {@code millrace.openapi.authentication=false} it is open. Liberty's browser for it
 * ({@code /openapi/ui}) is not served on the public port.
 */
@Path("openapi")
@RequestScoped
@QueryCheckedWithoutCaller
public class OpenApiResource {
    @Inject
    FeatureEndpoints endpoints;

    @GET
    @Operation(hidden = true)
    public Response document(@QueryParam("format") String format) {
        if (format != null && !format.toUpperCase(Locale.ROOT).matches("JSON|YAML")) {
            return ErrorBody.response(Response.Status.BAD_REQUEST,
                    "format must be JSON or YAML", "format");
        }
        return endpoints.get("/openapi", format == null ? Map.of() : Map.of("format", format.toUpperCase(Locale.ROOT)))
                .relayedOr("the OpenAPI document cannot be read now");
    }
}
