package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectAccounts;
import io.millrace.application.connect.ConnectScopes;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.IncludeCredentials;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ConnectSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /v1/connect/{project_id}/accounts}: the accounts of the project's external users. An account is answered
 * bare (not wrapped in data), as the SDK reads it.
 */
@Path("v1/connect/{project_id}/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectAccountsResource {
    @Inject
    ConnectAccounts accounts;
    @Inject
    ConnectScopes scopes;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listConnectAccounts", summary = "The environment's accounts, newest first, of one external user or app when given")
    @APIResponse(responseCode = "200", description = "a page of accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectAccountList.class)))
    public JsonObject list(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @QueryParam("external_user_id") String externalUserId, @QueryParam("app") String app,
            @QueryParam("oauth_app_id") String oauthAppId, @QueryParam("include_credentials") String includeCredentials,
            @QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("before") String before) {
        var page = Paging.of(limit, after, before);
        boolean credentials = IncludeCredentials.asked(caller, includeCredentials);
        return Envelope.list(accounts.list(scopes.scope(caller.user(), projectId, environment), externalUserId, app,
                page, credentials), ConnectJson::account);
    }

    @POST
    @Operation(operationId = "createConnectAccount", summary = "Connect a key-based app's account for the external user of a Connect token")
    @APIResponse(responseCode = "200", description = "the account (not wrapped in data)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectAccount.class)))
    public JsonObject create(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @QueryParam("external_user_id") String externalUserId, @QueryParam("oauth_app_id") String oauthAppId,
            @HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.NewConnectAccount.class))) String body) {
        return ConnectJson.account(accounts.create(scopes.scope(caller.user(), projectId, environment), externalUserId,
                RequestBodies.read(type, body))).build();
    }

    @GET
    @Path("{account_id}")
    @Operation(operationId = "getConnectAccount", summary = "An account of an external user of the environment")
    @APIResponse(responseCode = "200", description = "the account (not wrapped in data)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectSchemas.ConnectAccount.class)))
    public JsonObject get(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("account_id") String accountId, @QueryParam("include_credentials") String includeCredentials) {
        boolean credentials = IncludeCredentials.asked(caller, includeCredentials);
        return ConnectJson.account(accounts.get(scopes.scope(caller.user(), projectId, environment), accountId,
                credentials)).build();
    }

    @DELETE
    @Path("{account_id}")
    @Operation(operationId = "deleteConnectAccount", summary = "Delete an account of an external user (its OAuth grant revoked)")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("project_id") String projectId, @HeaderParam(ConnectScopes.HEADER) String environment,
            @PathParam("account_id") String accountId) {
        accounts.delete(scopes.scope(caller.user(), projectId, environment), accountId);
        return Response.noContent().build();
    }
}
