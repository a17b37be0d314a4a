package io.millrace.web.api.accounts;

import io.millrace.application.accounts.AccountView;
import io.millrace.application.accounts.OAuthConnect;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.openapi.AppSchemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * {@code GET /v1/accounts/oauth/callback}: where the provider sends the browser back. It needs no credential (the
 * state, single use, names the pending authorization; one started from a browser session also needs that browser's
 * cookie), exchanges the code and answers with the new account, or redirects to the start's {@code return_url} with
 * {@code account_id}.
 */
@Path("v1/accounts/oauth/callback")
@SecurityRequirementsSet
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OAuthCallbackResource {
    @Inject
    OAuthConnect connect;

    @GET
    @Operation(operationId = "accountOAuthCallback", summary = "The provider's redirect back: stores the connected account")
    @APIResponse(responseCode = "200", description = "the account", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppSchemas.AccountData.class)))
    @APIResponse(responseCode = "303", description = "to the start's return_url, with account_id (Connect Link: with"
            + " error when the provider refused)")
    public Response callback(@QueryParam("state") String state, @QueryParam("code") String code,
                             @QueryParam("error") String error, @QueryParam("error_description") String description,
                             @CookieParam(AccountsResource.STATE_COOKIE) String stateCookie) {
        OAuthConnect.Connected connected = connect.callback(state, code, error, description, stateCookie);
        String clear = AccountsResource.STATE_COOKIE + "=; Path=/v1/accounts/oauth; Max-Age=0; HttpOnly; SameSite=Lax";
        if (connected.error() != null) { // Connect Link: its page says it and goes on to the token's error_redirect_uri
            String to = connected.returnUrl() + (connected.returnUrl().contains("?") ? "&" : "?") + "error="
                    + URLEncoder.encode(connected.error(), StandardCharsets.UTF_8);
            return Response.seeOther(URI.create(to)).header("Set-Cookie", clear).header("Cache-Control", "no-store").build();
        }
        if (connected.returnUrl() != null) {
            String to = connected.returnUrl() + (connected.returnUrl().contains("?") ? "&" : "?") + "account_id="
                    + URLEncoder.encode(connected.account().id(), StandardCharsets.UTF_8);
            return Response.seeOther(URI.create(to)).header("Set-Cookie", clear).header("Cache-Control", "no-store").build();
        }
        return Response.ok(Envelope.data(AccountJson.render(new AccountView(connected.account(), connected.app(), null))))
                .header("Set-Cookie", clear).header("Cache-Control", "no-store").build();
    }
}
