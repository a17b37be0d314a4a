package io.millrace.web.connectlink;

import io.millrace.application.accounts.AccountView;
import io.millrace.application.accounts.OAuthConnect;
import io.millrace.application.connect.ConnectLink;
import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AuthType;
import io.millrace.shared.InvalidInputException;
import io.millrace.web.api.accounts.AccountsResource;
import io.millrace.web.api.support.EndpointBaseUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /connect/link?token=ctok_…&app=slug}: the Connect Link page (HTML, not part of the API document). A
 * key-based app shows a form of its custom fields, posted back here; an OAuth app a button that starts the
 * provider's authorization (the existing callback, {@code /v1/accounts/oauth/callback}, then returns to
 * {@code /connect/link/done}). An unknown or expired token is a 404 page. Success goes to the token's
 * {@code success_redirect_uri} (with {@code account_id}) or a success page; an error to its
 * {@code error_redirect_uri} (with {@code error}) or the form again with the error.
 */
@Path("connect/link")
@RequestScoped
public class ConnectLinkResource {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";
    private static final int MAX_FIELD = 16 * 1024;

    @Inject
    ConnectLink link;
    @Inject
    OAuthConnect oauth;
    @Inject
    EndpointBaseUrl baseUrl;
    @Context
    HttpServletRequest http;

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("token") String token, @QueryParam("app") String app) {
        Optional<ConnectLink.Session> session = link.open(token);
        if (session.isEmpty()) {
            return expired();
        }
        if ((app == null || app.isBlank()) && session.get().option("app_id") == null) {
            return html(200, LinkPage.chooseApp(token, null));
        }
        App found;
        try {
            found = link.app(session.get(), app);
        } catch (InvalidInputException e) {
            return html(400, LinkPage.chooseApp(token, e.getMessage()));
        }
        return html(200, found.authType() == AuthType.OAUTH ? LinkPage.oauthForm(token, found)
                : LinkPage.keysForm(token, found, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response connectKeys(MultivaluedMap<String, String> form) {
        Map<String, String> fields = fields(form);
        Optional<ConnectLink.Session> session = link.open(fields.get("token"));
        if (session.isEmpty()) {
            return expired();
        }
        App app;
        try {
            app = link.app(session.get(), fields.get("app"));
            if (app.authType() == AuthType.OAUTH) {
                throw new InvalidInputException("app", "this app connects through its provider, not a form");
            }
        } catch (InvalidInputException e) {
            link.failed(session.get(), e.getMessage());
            return failure(session.get(), e.getMessage(), LinkPage.chooseApp(fields.get("token"), e.getMessage()));
        }
        try {
            AccountView account = link.connectKeys(session.get(), app, fields);
            return success(session.get(), account);
        } catch (InvalidInputException e) {
            return failure(session.get(), e.getMessage(), LinkPage.keysForm(fields.get("token"), app, e.getMessage()));
        }
    }

    @POST
    @Path("oauth")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response startOAuth(MultivaluedMap<String, String> form) {
        Map<String, String> fields = fields(form);
        String token = fields.get("token");
        Optional<ConnectLink.Session> session = link.open(token);
        if (session.isEmpty()) {
            return expired();
        }
        ConnectLink.Session s = session.get();
        OAuthConnect.Started started;
        try {
            App app = link.app(s, fields.get("app"));
            started = oauth.startForExternalUser(s.connectToken().workspaceId(), new OAuthConnect.ExternalOwner(
                            s.connectToken().projectId(), s.connectToken().environment().label(), s.user().externalId()),
                    app.nameSlug(), "/connect/link/done?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                    URI.create(baseUrl.value() + "/v1/accounts/oauth/callback"));
        } catch (InvalidInputException e) {
            link.failed(s, e.getMessage());
            return failure(s, e.getMessage(), LinkPage.message("The account was not connected", e.getMessage()));
        }
        return Response.seeOther(started.authorizationUri()).header("Cache-Control", "no-store")
                .header("Set-Cookie", AccountsResource.STATE_COOKIE + "=" + started.state()
                        + "; Path=/v1/accounts/oauth; Max-Age=600; HttpOnly; SameSite=Lax"
                        + (http.isSecure() || baseUrl.value().startsWith("https:") ? "; Secure" : ""))
                .build();
    }

    /** Where the OAuth callback returns: the account, which must be the token's external user's, was connected. */
    @GET
    @Path("done")
    @Operation(hidden = true)
    public Response done(@QueryParam("token") String token, @QueryParam("account_id") String accountId,
                         @QueryParam("error") String error) {
        Optional<ConnectLink.Session> session = link.open(token);
        if (session.isEmpty()) {
            return expired();
        }
        ConnectLink.Session s = session.get();
        if (accountId == null && error != null) { // the provider refused: the token stays usable for another try
            String said = error.length() > MAX_FIELD ? error.substring(0, MAX_FIELD) : error;
            link.failed(s, said);
            return failure(s, said, LinkPage.message("The account was not connected", said));
        }
        Optional<AccountView> account = link.connected(s, accountId);
        if (account.isEmpty()) {
            return html(404, LinkPage.message("Account not found", "This link did not connect an account."));
        }
        return success(s, account.get());
    }

    private Response success(ConnectLink.Session session, AccountView account) {
        String to = session.option("success_redirect_uri");
        if (to != null) {
            return redirect(to, "account_id", account.account().id());
        }
        return html(200, LinkPage.message("Account connected",
                "Your " + account.account().appSlug() + " account is connected. You can close this page."));
    }

    private Response failure(ConnectLink.Session session, String error, String page) {
        String to = session.option("error_redirect_uri");
        if (to != null) {
            return redirect(to, "error", error);
        }
        return html(400, page);
    }

    private static Response redirect(String uri, String name, String value) {
        try {
            URI target = UriBuilder.fromUri(uri).queryParam(name, value).build();
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                return Response.seeOther(target).header("Cache-Control", "no-store").build();
            }
        } catch (RuntimeException e) {
            // not a URI: the page instead
        }
        return html(200, LinkPage.message("Done", "You can close this page."));
    }

    private static Map<String, String> fields(MultivaluedMap<String, String> form) {
        Map<String, String> out = new HashMap<>();
        if (form != null) {
            form.forEach((name, values) -> {
                if (!values.isEmpty() && values.get(0) != null && values.get(0).length() <= MAX_FIELD) {
                    out.put(name, values.get(0));
                }
            });
        }
        return out;
    }

    private static Response expired() {
        return html(404, LinkPage.message("Link expired",
                "This link is not valid or has expired. Ask for a new link to connect your account."));
    }

    /** As bytes: RESTEasy escapes a String entity of text/html in an answer other than 200 (its XSS sanitizer). */
    private static Response html(int status, String body) {
        return Response.status(status).type(HTML).entity(body.getBytes(StandardCharsets.UTF_8)).header("Cache-Control", "no-store")
                .header("Content-Security-Policy", CSP).header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
