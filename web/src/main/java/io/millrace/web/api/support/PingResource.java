package io.millrace.web.api.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** A trivial JAX-RS endpoint without authentication or I/O: the baseline of the throughput benchmark. */
@Path("ping")
@ApplicationScoped
public class PingResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "ping", summary = "Answers pong; no authentication")
    @SecurityRequirementsSet
    public String ping() {
        return "pong";
    }
}
