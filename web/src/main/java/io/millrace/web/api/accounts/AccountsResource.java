package io.millrace.web.api.accounts;

import io.millrace.application.accounts.Accounts;
import io.millrace.application.accounts.OAuthConnect;
import io.millrace.shared.InvalidInputException;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.IncludeCredentials;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.AppSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's connected accounts in the workspace: list ({@code app} filter), read, key-based accounts by API,
 * rename and share, delete (revoking an OAuth grant); {@code GET /v1/accounts/oauth/start?app=…} redirects the browser
 * to the provider. {@code include_credentials} is for API keys and OAuth tokens (server-side code), never for a
 * browser session.
 */
@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {
    public static final String STATE_COOKIE = "millrace_connect";

    @Inject
    Accounts accounts;
    @Inject
    OAuthConnect connect;
    @Inject
    Caller caller;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;
    @Context
    HttpServletRequest http;

    @GET
    @Operation(operationId = "listAccounts", summary = "The connected accounts the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "a page of accounts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AccountList.class)))
    public JsonObject list(@Parameter(description = "only accounts of this app (id or name slug)") @QueryParam("app") String app,
                           @Parameter(description = "1 or true: with credentials (API keys and OAuth tokens only)")
                           @QueryParam("include_credentials") String includeCredentials,
                           @QueryParam("limit") String limit, @QueryParam("after") String after,
                           @QueryParam("before") String before) {
        return Envelope.list(accounts.list(caller.member(), !caller.viaOAuth(), app, Paging.of(limit, after, before),
                IncludeCredentials.asked(caller, includeCredentials)), AccountJson::render);
    }

    @POST
    @Operation(operationId = "createAccount", summary = "Connect a key-based account: the app's custom fields")
    @APIResponse(responseCode = "200", description = "the account (without credentials)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AccountData.class)))
    public JsonObject create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppSchemas.NewAccount.class))) String body) {
        return Envelope.data(AccountJson.render(accounts.createKeyBased(caller.member(), RequestBodies.read(null, body))));
    }

    @GET
    @Path("{account_id}")
    @Operation(operationId = "getAccount", summary = "A connected account")
    @APIResponse(responseCode = "200", description = "the account", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AccountData.class)))
    public JsonObject get(@PathParam("account_id") String accountId,
                          @Parameter(description = "1 or true: with credentials (API keys and OAuth tokens only)")
                          @QueryParam("include_credentials") String includeCredentials) {
        return Envelope.data(AccountJson.render(accounts.get(caller.member(), !caller.viaOAuth(), accountId,
                IncludeCredentials.asked(caller, includeCredentials))));
    }

    @PUT
    @Path("{account_id}")
    @Operation(operationId = "updateAccount", summary = "Rename an account or share it with the workspace")
    @APIResponse(responseCode = "200", description = "the account", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AccountData.class)))
    public JsonObject update(@PathParam("account_id") String accountId, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AccountChange.class)))
            String body) {
        return Envelope.data(AccountJson.render(accounts.update(caller.member(), !caller.viaOAuth(), accountId, RequestBodies.read(null, body))));
    }

    @DELETE
    @Path("{account_id}")
    @Operation(operationId = "deleteAccount", summary = "Delete an account, revoking its OAuth grant at the provider")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("account_id") String accountId) {
        accounts.delete(caller.member(), !caller.viaOAuth(), accountId);
        return Response.noContent().build();
    }

    @GET
    @Path("oauth/start")
    @Operation(operationId = "startAccountOAuth",
            summary = "Connect an OAuth account: redirects the browser to the app's provider (authorization code with PKCE)")
    @APIResponse(responseCode = "200", description = "with redirect=false: the provider's authorization URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AppSchemas.OAuthStartData.class)))
    @APIResponse(responseCode = "303", description = "to the provider's authorization page")
    public Response start(@Parameter(description = "the app, id or name slug") @QueryParam("app") String app,
                          @Parameter(description = "the account's name") @QueryParam("name") String name,
                          @Parameter(description = "a path of this server to return to, with account_id added")
                          @QueryParam("return_url") String returnUrl,
                          @Parameter(description = "false: answer the authorization URL as JSON instead of redirecting")
                          @QueryParam("redirect") String redirect) {
        if (redirect != null && !redirect.equals("true") && !redirect.equals("false")) {
            throw new InvalidInputException("redirect", "redirect must be true or false");
        }
        boolean browser = caller.viaSession();
        OAuthConnect.Started started = connect.start(caller.member(), app, name, returnUrl, redirectUri(), browser);
        Response.ResponseBuilder answer = "false".equals(redirect)
                ? Response.ok(Envelope.data(io.millrace.shared.Jsonp.createObjectBuilder()
                        .add("authorize_url", started.authorizationUri().toString())))
                : Response.seeOther(started.authorizationUri());
        answer.header("Cache-Control", "no-store");
        if (browser) {
            answer.header("Set-Cookie", STATE_COOKIE + "=" + started.state() + "; Path=/v1/accounts/oauth; Max-Age=600; HttpOnly; SameSite=Lax"
                    + (http.isSecure() || baseUrl.startsWith("https:") ? "; Secure" : ""));
        }
        return answer.build();
    }

    URI redirectUri() {
        return URI.create(baseUrl.replaceFirst("/+$", "") + "/v1/accounts/oauth/callback");
    }
}
