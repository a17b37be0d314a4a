package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectApps;
import io.millrace.shared.Jsonp;
import io.millrace.web.openapi.ConnectSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /v1/connect/app_categories} (a plain array, as the SDK reads it) and {@code /{category_id}}: the
 * categories the catalogue's apps list, for everyone signed in.
 */
@Path("v1/connect/app_categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectAppCategoriesResource {
    @Inject
    ConnectApps apps;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listConnectAppCategories", summary = "The categories of the catalogue's apps, by name")
    @APIResponse(responseCode = "200", description = "every category (not paged)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
            implementation = ConnectSchemas.AppCategory.class)))
    public JsonArray list() {
        caller.user();
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        apps.categories().forEach(c -> out.add(render(c)));
        return out.build();
    }

    @GET
    @Path("{category_id}")
    @Operation(operationId = "getConnectAppCategory", summary = "A category, by id")
    @APIResponse(responseCode = "200", description = "the category (not wrapped in data)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectSchemas.AppCategory.class)))
    public JsonObject get(@PathParam("category_id") String id) {
        caller.user();
        return render(apps.category(id));
    }

    private static JsonObject render(ConnectApps.Category c) {
        return Jsonp.createObjectBuilder().add("id", c.id()).add("name", c.name()).build();
    }
}
