package io.millrace.web.api.connect;

import io.millrace.application.connect.AppQuery;
import io.millrace.application.connect.ConnectApps;
import io.millrace.shared.InvalidInputException;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.openapi.ConnectSchemas;
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

import java.util.List;

/**
 * {@code GET /v1/connect/apps} and {@code /v1/connect/apps/{app_id}}: the app catalogue in the SDK's {@code App}
 * shape, for everyone signed in (no project: the catalogue is the same for every workspace).
 */
@Path("v1/connect/apps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectAppsResource {
    @Inject
    ConnectApps apps;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listConnectApps", summary = "The app catalogue as Connect lists it; q searches names")
    @APIResponse(responseCode = "200", description = "a page of apps", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectSchemas.ConnectAppList.class)))
    public JsonObject list(@Parameter(description = "apps whose name or name slug contains this text") @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("before") String before,
            @Parameter(description = "name, name_slug or featured_weight (default name)") @QueryParam("sort_key") String sortKey,
            @Parameter(description = "asc (default) or desc") @QueryParam("sort_direction") String sortDirection,
            @Parameter(description = "apps of any of these categories (ids of /v1/connect/app_categories)")
            @QueryParam("category_ids") List<String> categoryIds,
            @Parameter(description = "true or false: apps with (or without) components of the workspace or the registry")
            @QueryParam("has_components") String hasComponents,
            @QueryParam("has_actions") String hasActions, @QueryParam("has_triggers") String hasTriggers) {
        int size = Paging.limit(limit, 20);
        if (q != null && q.length() > 255) {
            throw new InvalidInputException("q", "q must be at most 255 characters");
        }
        AppQuery query = new AppQuery(q, categoryIds, flag("has_components", hasComponents), flag("has_actions", hasActions),
                flag("has_triggers", hasTriggers), sortKey, sortDirection, size, after, before);
        return Envelope.list(apps.list(caller.user(), query), ConnectJson::app);
    }

    @GET
    @Path("{app_id}")
    @Operation(operationId = "getConnectApp", summary = "An app of the catalogue, by id or name slug")
    @APIResponse(responseCode = "200", description = "the app", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectSchemas.ConnectAppData.class)))
    public JsonObject get(@PathParam("app_id") String appId) {
        caller.user();
        return Envelope.data(ConnectJson.app(apps.get(appId)));
    }

    private static Boolean flag(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, name + " must be true or false");
        };
    }
}
