package io.millrace.web.api.identity;

import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Renders;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.application.identity.UserAccounts;
import io.millrace.application.identity.UserWriter;
import io.millrace.shared.Jsonp;
import io.millrace.web.params.OrgIdInBody;
import io.millrace.web.openapi.AdminSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Administration of users (Millrace's own API). Admin users only. */
@Path("v1/admin/users")
@OrgIdInBody
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminUsersResource {
    @Inject
    UserAccounts accounts;
    @Inject
    Caller caller;

    /**
     * Creates a user: {@code {"username", "email"?, "org_id"?, "admin"?}}. Without {@code org_id} the
     * user gets a new workspace of its own. The answer holds the user's API key, shown only this once.
     */
    @POST
    @Operation(operationId = "createUser",
            summary = "Create a user with a new API key (shown only here); without org_id it gets a workspace of its own")
    @APIResponse(responseCode = "200", description = "the new user and its API key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdminSchemas.CreatedUserData.class)))
    public JsonObject create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdminSchemas.NewAdminUser.class))) String body) {
        caller.requireServerAdmin();
        UserWriter.CreatedUser created = accounts.create(RequestBodies.read(null, body));
        JsonObjectBuilder user = Jsonp.createObjectBuilder().add("id", created.user().id())
                .add("username", created.user().username());
        Renders.addNullable(user, "email", created.user().email());
        user.add("org_id", created.user().workspaceId());
        Renders.addNullable(user, "project_id", created.projectId());
        return Envelope.data(user.add("admin", created.user().admin()).add("api_key", created.apiKey())
                .add("created_at", Renders.seconds(created.user().createdAt())));
    }
}
