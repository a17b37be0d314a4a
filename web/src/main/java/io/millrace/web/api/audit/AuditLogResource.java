package io.millrace.web.api.audit;

import io.millrace.application.audit.AuditFilters;
import io.millrace.application.audit.AuditQueries;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.openapi.AuditSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A workspace's audit log, newest first, for its administrators (others get 403, as on every admin
 * endpoint; another workspace's log is 404).
 */
@Path("v1/workspaces/{org_id}/audit_log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {
    @Inject
    AuditQueries audit;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listAuditLog",
            summary = "The workspace's audit log, newest first (admins only; filters action, actor_id, target_id, since, until)")
    @APIResponse(responseCode = "200", description = "a page of audit events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuditSchemas.AuditEventList.class)))
    public JsonObject list(@PathParam("org_id") String orgId, @QueryParam("limit") String limit,
                           @QueryParam("after") String after, @QueryParam("before") String before,
                           @Parameter(description = "an action name (workflow.deployed) or a prefix ending in a dot (workflow.)")
                           @QueryParam("action") String action,
                           @Parameter(description = "the actor's id (a user id or OAuth client id)")
                           @QueryParam("actor_id") String actorId,
                           @Parameter(description = "the target's id (a workflow, env var, OAuth client, user, webhook …)")
                           @QueryParam("target_id") String targetId,
                           @Parameter(description = "ISO-8601 time or date (UTC), inclusive")
                           @QueryParam("since") String since,
                           @Parameter(description = "ISO-8601 time or date (UTC), exclusive")
                           @QueryParam("until") String until) {
        caller.requireWorkspaceAdmin();
        return Envelope.list(audit.list(caller.user(), orgId,
                        AuditFilters.parse(action, actorId, targetId, since, until), Paging.of(limit, after, before)),
                AuditJson::event);
    }
}
