package io.millrace.web.api.connect;

import io.millrace.application.apps.AppCatalogue;
import io.millrace.application.connect.ConnectTokens;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import io.millrace.web.openapi.ConnectSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * {@code GET /v1/connect/tokens/{ctok}/validate}: whether a Connect token can still connect an account (for a
 * member of the token's workspace), with its project, environment and redirect URIs; answered 200 either way.
 */
@Path("v1/connect/tokens/{ctok}/validate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectTokenValidateResource {
    @Inject
    ConnectTokens tokens;
    @Inject
    AppCatalogue catalogue;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "validateConnectToken", summary = "Whether a Connect token can still connect an account")
    @APIResponse(responseCode = "200", description = "success, or success false and the error", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectSchemas.ConnectTokenCheck.class)))
    public JsonObject validate(@PathParam("ctok") String token,
            @Parameter(description = "the app to connect (name slug or id; default the token's app_id)") @QueryParam("app_id") String appId,
            @Parameter(description = "accepted and ignored") @QueryParam("account_id") String accountId,
            @Parameter(description = "accepted and ignored (no OAuth apps of Connect)") @QueryParam("oauth_app_id") String oauthAppId,
            @Parameter(description = "accepted and ignored (no app overrides)") @QueryParam("app_override_id") String appOverrideId) {
        ConnectTokens.TokenCheck check = tokens.validate(caller.user(), token, appId, a -> catalogue.find(a).isPresent());
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("success", check.error() == null);
        Renders.addNullable(b, "error", check.error());
        if (check.token() != null) {
            b.add("project_id", check.token().projectId())
                    .add("project_environment", check.token().environment().label());
            Renders.addNullable(b, "success_redirect_uri", check.option("success_redirect_uri"));
            Renders.addNullable(b, "error_redirect_uri", check.option("error_redirect_uri"));
        }
        return b.build();
    }
}
