package io.millrace.web.api.workflow;

import io.millrace.application.workflow.WorkflowVersions;
import io.millrace.web.api.support.EndpointBaseUrl;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.api.support.YamlText;
import io.millrace.web.openapi.VersionSchemas;
import io.millrace.web.openapi.WorkflowSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A workflow's draft: changes saved and checked without deploying them (Millrace's own paths). */
@Path("v1/workflows/{id}/draft")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowDraftResource {
    @Inject
    WorkflowVersions versions;
    @Inject
    EndpointBaseUrl baseUrl;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getWorkflowDraft", summary = "The workflow's draft (404 when it has none)")
    @APIResponse(responseCode = "200", description = "the draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionSchemas.DraftData.class)))
    public JsonObject get(@PathParam("id") String id) {
        return Envelope.data(VersionJson.draft(versions.draft(caller.user(), id)));
    }

    @PUT
    @Consumes({MediaType.APPLICATION_JSON, YamlText.MEDIA_TYPE, "application/x-yaml", "text/yaml", "text/x-yaml"})
    @Operation(operationId = "saveWorkflowDraft",
            summary = "Save a draft: changes the draft (or the live definition) like a PUT of the workflow, checked like a deploy; nothing runs")
    @APIResponse(responseCode = "200", description = "the draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionSchemas.DraftData.class)))
    public JsonObject save(@PathParam("id") String id, @HeaderParam("Content-Type") String type,
                           @RequestBody(required = true, content = {
                                   @Content(mediaType = MediaType.APPLICATION_JSON,
                                           schema = @Schema(implementation = VersionSchemas.DraftChange.class)),
                                   @Content(mediaType = YamlText.MEDIA_TYPE,
                                           schema = @Schema(implementation = VersionSchemas.DraftChange.class))})
                           String body) {
        return Envelope.data(VersionJson.draft(versions.saveDraft(caller.user(), id, RequestBodies.read(type, body))));
    }

    @POST
    @Path("deploy")
    @Operation(operationId = "deployWorkflowDraft", summary = "Deploy the draft as the next version and remove it")
    @APIResponse(responseCode = "200", description = "the workflow, deployed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.WorkflowData.class)))
    public JsonObject deploy(@PathParam("id") String id,
                             @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = VersionSchemas.DeployMessage.class)))
                             String body) {
        return Envelope.data(WorkflowJson.render(versions.deployDraft(caller.user(), id,
                body == null || body.isBlank() ? null : RequestBodies.read(MediaType.APPLICATION_JSON, body)),
                baseUrl.value()));
    }

    @DELETE
    @Operation(operationId = "discardWorkflowDraft", summary = "Discard the workflow's draft")
    @APIResponse(responseCode = "204", description = "discarded")
    public Response discard(@PathParam("id") String id) {
        versions.discardDraft(caller.user(), id);
        return Response.noContent().build();
    }
}
