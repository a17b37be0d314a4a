package io.millrace.web.api.identity;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.identity.UserAccounts;
import io.millrace.domain.workspace.User;
import io.millrace.application.identity.TwoFactor;
import io.millrace.application.identity.Workspaces;
import io.millrace.web.openapi.WorkspaceSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The user endpoints; as in Pipedream they need a user API key or a browser session (an OAuth access token gets 403). */
@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    @Inject
    Workspaces workspaces;
    @Inject
    UserAccounts accounts;
    @Inject
    TwoFactor twoFactor;
    @Inject
    Caller caller;

    /** The authenticated user and the workspaces (orgs) it belongs to. */
    @GET
    @Path("me")
    @Operation(operationId = "getCurrentUser", summary = "The authenticated user and its workspaces")
    @APIResponse(responseCode = "200", description = "the user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkspaceSchemas.UserData.class)))
    public JsonObject me() {
        caller.requireUserApiKey();
        return Envelope.data(UserJson.me(workspaces.me(caller.person(), caller.memberOrNull()),
                twoFactor.enabled(caller.person().id())));
    }

    /** Changes the caller's email address: {@code {"email": "…"}}, or null to remove it (Millrace's own). */
    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCurrentUser", summary = "Set or remove the authenticated user's email address")
    @APIResponse(responseCode = "200", description = "the user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkspaceSchemas.UserData.class)))
    public JsonObject changeMe(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WorkspaceSchemas.EmailChange.class))) String body) {
        caller.requireUserApiKey();
        User changed = accounts.changeEmail(caller.person(), RequestBodies.read(null, body));
        return Envelope.data(UserJson.me(workspaces.me(changed, caller.memberOrNull()), twoFactor.enabled(changed.id())));
    }
}
