package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectAccounts;
import io.millrace.application.connect.ConnectScopes;
import io.millrace.application.connect.ExternalUsers;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.IncludeCredentials;
import io.millrace.web.api.support.Paging;
import io.millrace.web.openapi.ConnectSchemas;
import io.millrace.shared.Jsonp;
import io.millrace.shared.PageRequest;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The external users of a project's environment. */
@Path("v1/connect/{project_id}/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectUsersResource {
    @Inject
    ExternalUsers users;
    @Inject
    ConnectAccounts accounts;
    @Inject
    ConnectScopes scopes;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listExternalUsers", summary = "The external users of the project's environment, newest first")
    @APIResponse(responseCode = "200", description = "a page of users",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ExternalUserList.class)))
    public JsonObject list(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("before") String before) {
        var page = Paging.of(limit, after, before); // a malformed query is a 400 before the project is looked up
        return Envelope.list(users.list(scopes.scope(caller.user(), projectId, environment), page), ConnectJson::user);
    }

    @GET
    @Path("{external_user_id}/accounts")
    @Operation(operationId = "listExternalUserAccounts", summary = "The external user's accounts (the newest 100), of one app when given")
    @APIResponse(responseCode = "200", description = "the accounts, a plain list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectAccount.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public JsonArray accounts(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("external_user_id") String externalUserId, @QueryParam("app") String app,
            @QueryParam("include_credentials") String includeCredentials) {
        boolean credentials = IncludeCredentials.asked(caller, includeCredentials);
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        accounts.list(scopes.scope(caller.user(), projectId, environment), externalUserId, app,
                new PageRequest(PageRequest.MAX_LIMIT, null, null), credentials).items()
                .forEach(a -> list.add(ConnectJson.account(a)));
        return list.build();
    }

    @DELETE
    @Path("{external_user_id}")
    @Operation(operationId = "deleteExternalUser", summary = "Delete an external user with its deployed triggers, accounts and tokens")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("external_user_id") String externalUserId) {
        users.delete(scopes.scope(caller.user(), projectId, environment), externalUserId);
        return Response.noContent().build();
    }
}
