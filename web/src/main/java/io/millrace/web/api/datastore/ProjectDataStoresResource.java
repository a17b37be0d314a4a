package io.millrace.web.api.datastore;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.datastore.DataStoreService;
import io.millrace.web.openapi.DataStoreSchemas;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The data stores of a project (Millrace's own API: the seeds document no data store endpoints). */
@Path("v1/projects/{project_id}/data_stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectDataStoresResource {
    @Inject
    DataStoreService service;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listDataStores", summary = "The project's data stores, newest first")
    @APIResponse(responseCode = "200", description = "a page of stores",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.DataStoreList.class)))
    public JsonObject list(@PathParam("project_id") String projectId, @QueryParam("limit") String limit,
                           @QueryParam("after") String after, @QueryParam("before") String before) {
        return Envelope.list(service.list(caller.user(), projectId, Paging.of(limit, after, before)),
                DataStoreJson::store);
    }

    /** Creates a store: {@code {"name": "…"}}, unique in the project. */
    @POST
    @Operation(operationId = "createDataStore", summary = "Create a data store in the project")
    @APIResponse(responseCode = "200", description = "the new store",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.DataStoreData.class)))
    public Response create(@PathParam("project_id") String projectId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataStoreSchemas.DataStoreName.class))) String body) {
        return Response.ok(Envelope.data(DataStoreJson.store(
                service.create(caller.user(), projectId, RequestBodies.read(null, body))))).build();
    }
}
