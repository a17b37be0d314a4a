package io.millrace.web.api.operations;

import io.millrace.application.operations.BatchJob;
import io.millrace.application.operations.Retention;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.openapi.AdminSchemas;
import io.millrace.web.security.Caller;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Administration: batch jobs over history. Admin users only. */
@Path("v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    @Inject
    Retention retention;
    @Inject
    Caller caller;

    /** Starts the purge of executions that finished more than {@code retention_days} days ago; answers 202. */
    @POST
    @Path("retention/purge")
    @Operation(operationId = "purgeExecutions", summary = "Start the retention purge: what workflows' retention settings let go, and executions that finished over retention_days days ago")
    @APIResponse(responseCode = "202", description = "the started job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdminSchemas.JobData.class)))
    public Response purge(@Parameter(description = "also delete every execution that finished more than this many days"
            + " ago; without it, only what the workflows' retention settings let go") @QueryParam("retention_days")
                          String retentionDays) {
        caller.requireServerAdmin();
        Integer days = null;
        if (retentionDays != null) {
            try {
                days = Integer.parseInt(retentionDays);
            } catch (NumberFormatException e) {
                days = -1; // refused as a negative number is
            }
        }
        return Response.accepted(Envelope.data(render(retention.purgeExecutions(days)))).build();
    }

    @GET
    @Path("jobs/{id}")
    @Operation(operationId = "getJob", summary = "A batch job's status")
    @APIResponse(responseCode = "200", description = "the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdminSchemas.JobData.class)))
    public JsonObject job(@PathParam("id") long id) {
        caller.requireServerAdmin();
        return Envelope.data(render(retention.job(id)));
    }

    private static JsonObject render(BatchJob job) {
        return Jsonp.createObjectBuilder().add("id", job.id()).add("status", job.status()).build();
    }
}
