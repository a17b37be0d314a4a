package io.millrace.web.api.operations;

import io.millrace.web.api.support.Envelope;
import io.millrace.batch.RetentionJobs;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.web.openapi.AdminSchemas;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Administration: batch jobs over history. Admin users only. */
@Path("v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    @EJB
    RetentionJobs jobs;
    @Context
    SecurityContext security;

    /** Starts the purge of executions that finished more than {@code retention_days} days ago; answers 202. */
    @POST
    @Path("retention/purge")
    @Operation(operationId = "purgeExecutions", summary = "Start deleting executions that finished over retention_days days ago")
    @APIResponse(responseCode = "202", description = "the started job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdminSchemas.JobData.class)))
    public Response purge(@QueryParam("retention_days") String retentionDays) {
        requireAdmin();
        int days;
        try {
            days = Integer.parseInt(retentionDays);
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 0) {
            throw new InvalidInputException("retention_days", "retention_days must be an integer of 0 or more");
        }
        long id = jobs.purgeExecutions(days);
        return Response.accepted(Envelope.data(job(id, jobs.status(id)))).build();
    }

    @GET
    @Path("jobs/{id}")
    @Operation(operationId = "getJob", summary = "A batch job's status")
    @APIResponse(responseCode = "200", description = "the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdminSchemas.JobData.class)))
    public JsonObject job(@PathParam("id") long id) {
        requireAdmin();
        String status = jobs.status(id);
        if (status == null) {
            throw new NotFoundException("job " + id + " not found");
        }
        return Envelope.data(job(id, status));
    }

    private static JsonObject job(long id, String status) {
        return Jsonp.createObjectBuilder().add("id", id).add("status", status == null ? "STARTING" : status).build();
    }

    private void requireAdmin() {
        if (!security.isUserInRole("admin")) {
            throw new ForbiddenException();
        }
    }
}
