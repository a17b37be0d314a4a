package io.millrace.web.signin;

import io.millrace.application.identity.BrowserSessions;
import io.millrace.application.identity.SignedIn;
import io.millrace.application.signin.Admitted;
import io.millrace.application.signin.OidcSignIn;
import io.millrace.application.signin.SamlSignIn;
import io.millrace.web.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The OIDC browser flow. {@code GET /oidc/login} redirects to the provider and sets the short-lived,
 * HttpOnly cookie {@value #PENDING} holding the sealed state, nonce and PKCE verifier;
 * {@code GET /oidc/callback} finishes the sign-in, opens the browser session (the session cookie, as
 * {@code POST /login} sets it; the page at {@code /} gets the user and CSRF token from {@code GET /session})
 * and redirects to {@code /}, or to the local path given as {@code GET /oidc/login?return_to=/path} (kept meanwhile
 * in the HttpOnly cookie {@value #RETURN}: the console's SSO buttons bring a person back to the invitation they were
 * accepting). Refusals are JSON errors
 * (400 bad or missing state, 401 the provider's error or an invalid code or token, 403 no workspace);
 * the pending cookie is cleared either way. The redirect URI is {@code MILLRACE_ENDPOINT_BASE_URL}
 * + {@code /oidc/callback}.
 */
@Path("oidc")
@RequestScoped
public class OidcResource {
    static final String PENDING = "millrace_oidc";
    static final String RETURN = "millrace_oidc_return";

    @Inject
    OidcSignIn oidc;
    @Inject
    BrowserSessions sessions;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;
    @Context
    HttpServletRequest http;

    @GET
    @Path("login")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response login(@QueryParam("return_to") String returnTo) {
        OidcSignIn.Started started = oidc.start(redirectUri());
        String path = SamlSignIn.localPath(returnTo);
        return Response.seeOther(started.authorizationUri())
                .header("Set-Cookie", cookie(PENDING, started.pending(), OidcSignIn.PENDING_SECONDS))
                .header("Set-Cookie", cookie(RETURN, "/".equals(path) ? "" : URLEncoder.encode(path, StandardCharsets.UTF_8),
                        "/".equals(path) ? 0 : OidcSignIn.PENDING_SECONDS))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("callback")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response callback(@QueryParam("state") String state, @QueryParam("code") String code,
                             @QueryParam("error") String error, @CookieParam(PENDING) String pending,
                             @CookieParam(RETURN) String returnTo) {
        Admitted admitted = oidc.finish(state, code, error, pending, redirectUri());
        SignedIn signedIn = sessions.open(admitted.user(), admitted.method(), http.getRemoteAddr(),
                http.getHeader(HttpHeaders.USER_AGENT));
        return Response.seeOther(URI.create(returnPath(returnTo)))
                .header("Set-Cookie", cookie(PENDING, "", 0))
                .header("Set-Cookie", cookie(RETURN, "", 0))
                .cookie(SessionCookie.of(signedIn.token(), http))
                .header("Cache-Control", "no-store")
                .build();
    }

    private URI redirectUri() {
        return URI.create(baseUrl.replaceFirst("/+$", "") + "/oidc/callback");
    }

    /** The local path kept by {@link #login}, or {@code /}. */
    static String returnPath(String cookie) {
        if (cookie == null || cookie.isEmpty()) {
            return "/";
        }
        try {
            return SamlSignIn.localPath(URLDecoder.decode(cookie, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** SameSite=Lax: the browser sends it on the provider's top-level redirect back, not on cross-site posts. */
    private String cookie(String name, String value, int maxAge) {
        return name + "=" + value + "; Path=/oidc; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax"
                + (http.isSecure() || baseUrl.startsWith("https:") ? "; Secure" : "");
    }
}
