package io.millrace.web.api.component;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.component.ComponentRegistry;
import io.millrace.application.component.ComponentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import io.millrace.web.openapi.ComponentSchemas;
import io.millrace.web.security.Caller;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.InputStream;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Saved components and Millrace's component registry. */
@Path("v1/components")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComponentsResource {
    @Inject
    ComponentService components;
    @Inject
    Caller caller;

    /** Saves a component from {@code component_code} or {@code component_url}. */
    @POST
    @Operation(operationId = "createComponent", summary = "Save a component from component_code or component_url",
            description = "Also from files (with entry), a base64 archive (with entry) or an npm package (with entry)."
                    + " An archive can be uploaded as the body itself instead: Content-Type application/zip,"
                    + " application/gzip or application/octet-stream with ?entry=<path inside it>, or multipart/form-data"
                    + " with a file part archive and a part entry (at most 16 MiB).")
    @APIResponse(responseCode = "200", description = "the saved component",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.ComponentData.class)))
    public JsonObject create(@HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.NewComponent.class))) String body) {
        return Envelope.data(ComponentJson.render(components.create(caller.user(),
                RequestBodies.read(type, body))));
    }

    /**
     * Saves a component from an uploaded archive: the body is the zip or tar.gz itself ({@code curl --data-binary
     * @acme.zip -H "Content-Type: application/zip"}), {@code entry} the path of the component's file inside it. In
     * /openapi in the description of {@code createComponent}.
     */
    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", "application/gzip", "application/x-gzip",
            "application/x-tar", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(hidden = true)
    public JsonObject upload(@QueryParam("entry") String entry, InputStream body) {
        byte[] archive = ComponentService.readUpload(body, ComponentService.MAX_ARCHIVE_BYTES, "archive");
        return Envelope.data(ComponentJson.render(components.createFromArchive(caller.user(), archive, entry)));
    }

    /** Saves a component from a form upload: the file part {@code archive} and the part (or query) {@code entry}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public JsonObject uploadForm(@HeaderParam("Content-Type") String type, @QueryParam("entry") String entry,
                                 InputStream body) {
        ArchiveForm form = ArchiveForm.read(type, ComponentService.readUpload(body, ArchiveForm.MAX_BYTES, "form"));
        return Envelope.data(ComponentJson.render(components.createFromArchive(caller.user(), form.archive(),
                form.entry() != null && !form.entry().isEmpty() ? form.entry() : entry)));
    }

    /** A component of the caller's workspace by key or {@code sc_…} id. */
    @GET
    @Path("{keyOrId}")
    @Operation(operationId = "getComponent",
            summary = "A component of the workspace by key (the newest with it) or sc_ id, or a registry component by id")
    @APIResponse(responseCode = "200", description = "the component",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.ComponentData.class)))
    public JsonObject get(@Parameter(description = "a key or an sc_… id") @PathParam("keyOrId") String keyOrId) {
        return Envelope.data(ComponentJson.render(components.get(caller.user(), keyOrId)));
    }

    /** Deletes a component of the workspace that no workflow deployment or source uses (else 409 naming them). */
    @DELETE
    @Path("{keyOrId}")
    @Operation(operationId = "deleteComponent",
            summary = "Delete a component of the workspace; 409 naming the workflows and sources that use it")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "409", description = "workflows or sources use it")
    public Response delete(@Parameter(description = "an sc_… id or a key") @PathParam("keyOrId") String keyOrId) {
        components.delete(caller.user(), keyOrId);
        return Response.noContent().build();
    }

    /** A component of Millrace's registry by key. */
    @GET
    @Path("registry/{key}")
    @Operation(operationId = "getRegistryComponent", summary = "A component of Millrace's registry by key")
    @APIResponse(responseCode = "200", description = "the component",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.ComponentData.class)))
    public JsonObject registry(@PathParam("key") String key) {
        return Envelope.data(ComponentJson.render(components.registry(key)));
    }

    /**
     * A plain text match of {@code query} over the registry's keys, names and descriptions (not AI search):
     * {@code {"sources": [keys], "actions": [keys]}}, best matches first, at most {@code limit} (1–100,
     * default 10) of each; {@code app} keeps only that app's components.
     */
    @GET
    @Path("search")
    @Operation(operationId = "searchComponents",
            summary = "Registry components whose key, name, description or app match the query's words")
    @APIResponse(responseCode = "200", description = "matching keys, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.ComponentSearch.class)))
    public JsonObject search(@Parameter(description = "words to look for (plain text match)") @QueryParam("query")
                             String query,
                             @Parameter(description = "only this app's components") @QueryParam("app") String app,
                             @Parameter(description = "at most this many of each kind, 1 to 100, default 10")
                             @QueryParam("limit") String limit) {
        ComponentRegistry.Search found = components.search(query, app == null || app.isBlank() ? null : app.trim(),
                Paging.limit(limit, 10));
        JsonArrayBuilder sources = Jsonp.createArrayBuilder();
        found.sources().forEach(sources::add);
        JsonArrayBuilder actions = Jsonp.createArrayBuilder();
        found.actions().forEach(actions::add);
        return Jsonp.createObjectBuilder().add("sources", sources).add("actions", actions).build();
    }
}
