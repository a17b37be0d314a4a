package io.millrace.web.api.workflow;

import io.millrace.web.api.support.EndpointBaseUrl;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.execution.ExecutionJson;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.execution.QueueJson;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.execution.ExecutionQueries;
import io.millrace.application.workflow.WorkflowService;
import io.millrace.application.workflow.WorkflowVersions;
import io.millrace.web.api.support.YamlText;
import io.millrace.web.openapi.VersionSchemas;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import io.millrace.shared.JsonText;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("v1/workflows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowsResource {
    /** Workflow definitions are JSON or YAML (docs/workflow-format.md). */
    static final String YAML = "application/yaml";

    @Inject
    WorkflowService service;
    @Inject
    WorkflowVersions versions;
    @Inject
    ExecutionQueries executions;
    @Inject
    EndpointBaseUrl baseUrl;
    @Inject
    Caller caller;

    /** Creates a workflow and deploys its first version. */
    @POST
    @Consumes({MediaType.APPLICATION_JSON, YAML, "application/x-yaml", "text/yaml", "text/x-yaml"})
    @Operation(operationId = "createWorkflow", summary = "Create a workflow and deploy its first version")
    @APIResponse(responseCode = "200", description = "the workflow, deployed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.WorkflowData.class)))
    public Response create(@HeaderParam("Content-Type") String type, @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.WorkflowDefinition.class)),
            @Content(mediaType = YAML, schema = @Schema(implementation = WorkflowSchemas.WorkflowDefinition.class))})
            String body) {
        JsonObject created = Envelope.data(WorkflowJson.render(
                service.create(caller.user(), RequestBodies.read(type, body)), baseUrl.value()));
        return Response.ok(created).build();
    }

    @GET
    @Operation(operationId = "listWorkflows", summary = "The workspace's workflows, newest first")
    @APIResponse(responseCode = "200", description = "a page of workflows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.WorkflowList.class)))
    public JsonObject list(@QueryParam("limit") String limit, @QueryParam("after") String after,
                           @QueryParam("before") String before) {
        return Envelope.list(service.list(caller.user(), Paging.of(limit, after, before)),
                v -> WorkflowJson.render(v, baseUrl.value()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorkflow", summary = "A workflow")
    @APIResponse(responseCode = "200", description = "the workflow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.WorkflowData.class)))
    public JsonObject get(@PathParam("id") String id) {
        return Envelope.data(WorkflowJson.render(service.get(caller.user(), id), baseUrl.value()));
    }

    /** Changes {@code active}; a new name, triggers, steps or settings deploy a new version. */
    @PUT
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, YAML, "application/x-yaml", "text/yaml", "text/x-yaml"})
    @Operation(operationId = "updateWorkflow",
            summary = "Change a workflow: active alone toggles it, other fields deploy a new version")
    @APIResponse(responseCode = "200", description = "the workflow after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.WorkflowData.class)))
    public JsonObject update(@PathParam("id") String id, @HeaderParam("Content-Type") String type,
                             @RequestBody(required = true, content = {
                                     @Content(mediaType = MediaType.APPLICATION_JSON,
                                             schema = @Schema(implementation = WorkflowSchemas.WorkflowDefinition.class)),
                                     @Content(mediaType = YAML,
                                             schema = @Schema(implementation = WorkflowSchemas.WorkflowDefinition.class))})
                             String body) {
        return Envelope.data(WorkflowJson.render(
                service.update(caller.user(), id, RequestBodies.read(type, body)), baseUrl.value()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWorkflow", summary = "Delete a workflow; its execution history stays readable")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") String id) {
        service.delete(caller.user(), id);
        return Response.noContent().build();
    }

    /** Imports a workflow file (an export): a new workflow, deployed. */
    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_JSON, YAML, "application/x-yaml", "text/yaml", "text/x-yaml"})
    @Operation(operationId = "importWorkflow",
            summary = "Create a workflow from a workflow file (YAML or JSON, as the export gives it)")
    @APIResponse(responseCode = "200", description = "the workflow, deployed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.WorkflowData.class)))
    public JsonObject importWorkflow(@HeaderParam("Content-Type") String type,
                                     @Parameter(description = "the project to import into (default: the file's project_id, else the workspace's first)")
                                     @QueryParam("project_id") String projectId,
                                     @RequestBody(required = true, content = {
                                             @Content(mediaType = MediaType.APPLICATION_JSON,
                                                     schema = @Schema(implementation = WorkflowSchemas.WorkflowDefinition.class)),
                                             @Content(mediaType = YAML,
                                                     schema = @Schema(implementation = WorkflowSchemas.WorkflowDefinition.class))})
                                     String body) {
        return Envelope.data(WorkflowJson.render(service.importWorkflow(caller.user(), RequestBodies.read(type, body),
                projectId), baseUrl.value()));
    }

    /** The workflow as a file (docs/workflow-format.md), YAML or JSON. */
    @GET
    @Path("{id}/export")
    @Produces({MediaType.APPLICATION_JSON, YAML})
    @Operation(operationId = "exportWorkflow", summary = "The workflow as a workflow file (YAML or JSON) to import elsewhere")
    @APIResponse(responseCode = "200", description = "the workflow file",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionSchemas.WorkflowFile.class)),
                    @Content(mediaType = YAML, schema = @Schema(implementation = VersionSchemas.WorkflowFile.class))})
    public Response export(@PathParam("id") String id,
                           @Parameter(description = "yaml (default) or json") @QueryParam("format") String format) {
        JsonObject document = service.export(caller.user(), id);
        String name = document.getString("name").replaceAll("[^A-Za-z0-9._-]", "_");
        boolean json = "json".equals(format);
        if (!json && format != null && !"yaml".equals(format)) {
            throw new InvalidInputException("format", "format must be yaml or json, not " + Quoted.of(format));
        }
        return Response.ok(json ? JsonText.write(document) : YamlText.write(document), json ? MediaType.APPLICATION_JSON
                        : YAML + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + (json ? ".json" : ".yaml") + "\"")
                .build();
    }

    /** The structured difference between two versions. */
    @GET
    @Path("{id}/diff")
    @Operation(operationId = "diffWorkflowVersions", summary = "What changed between two versions of the workflow")
    @APIResponse(responseCode = "200", description = "the difference",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionSchemas.DiffData.class)))
    public JsonObject diff(@PathParam("id") String id,
                           @Parameter(description = "the older version (a number or draft); default: the one before to")
                           @QueryParam("from") String from,
                           @Parameter(description = "the newer version (a number or draft); default: the live one")
                           @QueryParam("to") String to) {
        return Envelope.data(versions.diff(caller.user(), id, from, to));
    }

    /** Deploys a copy of an earlier version as the next version. */
    @POST
    @Path("{id}/rollback")
    @Operation(operationId = "rollbackWorkflow", summary = "Deploy a copy of an earlier version as the next version")
    @APIResponse(responseCode = "200", description = "the workflow, deployed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.WorkflowData.class)))
    public JsonObject rollback(@PathParam("id") String id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSchemas.Rollback.class)))
                               String body) {
        return Envelope.data(WorkflowJson.render(versions.rollback(caller.user(), id,
                RequestBodies.read(MediaType.APPLICATION_JSON, body)), baseUrl.value()));
    }

    /** The workflow's queue: waiting, dispatched and running executions, and its throttle window. */
    @GET
    @Path("{id}/queue")
    @Operation(operationId = "getWorkflowQueue", summary = "The workflow's queue and throttle window")
    @APIResponse(responseCode = "200", description = "the queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.QueueData.class)))
    public JsonObject queue(@PathParam("id") String id) {
        return Envelope.data(QueueJson.render(executions.queue(caller.user(), id),
                System.currentTimeMillis()));
    }

    /** The workflow's executions, newest first, optionally only those with {@code status}. */
    @GET
    @Path("{id}/executions")
    @Operation(operationId = "listWorkflowExecutions", summary = "The workflow's executions, newest first, without steps")
    @APIResponse(responseCode = "200", description = "a page of executions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkflowSchemas.ExecutionList.class)))
    public JsonObject executions(@PathParam("id") String id,
                                 @Parameter(description = "only executions with this status") @QueryParam("status")
                                 String status,
                                 @QueryParam("limit") String limit, @QueryParam("after") String after,
                                 @QueryParam("before") String before) {
        return Envelope.list(executions.list(caller.user(), id, status,
                Paging.of(limit, after, before)), ExecutionJson::summary);
    }
}
