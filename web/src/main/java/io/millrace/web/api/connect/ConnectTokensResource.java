package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectScopes;
import io.millrace.application.connect.ConnectTokens;
import io.millrace.application.connect.IssuedConnectToken;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ConnectSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /v1/connect/{project_id}/tokens}: a Connect token for an external user. */
@Path("v1/connect/{project_id}/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectTokensResource {
    @Inject
    ConnectTokens tokens;
    @Inject
    ConnectScopes scopes;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;

    @POST
    @Operation(operationId = "createConnectToken", summary = "A short-lived Connect token for an external user (created when new)")
    @APIResponse(responseCode = "200", description = "the token, its expiry and its Connect Link URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectToken.class)))
    public JsonObject create(@PathParam("project_id") String projectId,
            @HeaderParam(ConnectScopes.HEADER) String environment, @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.NewConnectToken.class))) String body) {
        IssuedConnectToken issued = tokens.create(scopes.scope(caller.user(), projectId, environment),
                RequestBodies.read(type, body));
        String link = uri.getBaseUriBuilder().path("connect/link").queryParam("token", issued.token()).build().toString();
        return Jsonp.createObjectBuilder().add("token", issued.token())
                .add("expires_at", ConnectJson.time(issued.expiresAt()))
                .add("connect_link_url", link).build();
    }
}
