package io.millrace.web.signin;

import io.millrace.application.identity.BrowserSessions;
import io.millrace.application.identity.SignIn;
import io.millrace.application.identity.SignedIn;
import io.millrace.application.identity.TwoFactor;
import io.millrace.application.identity.SignInRefusedException;
import io.millrace.application.identity.TwoFactorPolicy;
import io.millrace.application.identity.Workspaces;
import io.millrace.application.signin.Admitted;
import io.millrace.application.signin.DirectorySignIn;
import io.millrace.domain.signin.SessionTokens;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.identity.UserJson;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.error.ErrorBody;
import io.millrace.web.security.CsrfCheck;
import io.millrace.web.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Browser sign-in, outside {@code /v1} (Millrace's own; {@code ApiKeyFilter} asks no Bearer here). See
 * docs/api.md, "Sign-in and browser sessions".
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {
    @Inject
    SignIn signIn;
    @Inject
    BrowserSessions sessions;
    @Inject
    Workspaces workspaces;
    @Inject
    TwoFactor twoFactor;
    @Inject
    DirectorySignIn directory;
    @Inject
    TwoFactorPolicy twoFactorPolicy;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;
    @Context
    HttpServletRequest http;
    @Context
    HttpHeaders headers;

    /**
     * Opens a session: {@code {"username", "password", "code"?, "method"?}} as JSON or a form; method
     * {@code password} (the default: a local password, with the second factor when the user has one) or
     * {@code ldap} (the directory checks the password; the user is provisioned and its memberships follow
     * its groups). Answers the user and the CSRF token, and sets the session cookie, whichever the method.
     */
    @POST
    @Path("login")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    @Operation(hidden = true)
    public Response login(String body) {
        if (!CsrfCheck.originAllowed(http, baseUrl)) {
            return ErrorBody.response(Response.Status.FORBIDDEN,
                    "cross-origin sign-in refused: the Origin header does not name this server", null);
        }
        LoginForm form = LoginForm.read(headers.getMediaType(), body);
        String userAgent = headers.getHeaderString(HttpHeaders.USER_AGENT);
        SignedIn signedIn;
        if (form.method().equals(LoginForm.LDAP)) {
            if (!directory.enabled()) {
                throw new SignInRefusedException(400, "LDAP sign-in is not configured on this server"
                        + " (MILLRACE_LDAP_URL)", "method");
            }
            Admitted admitted = directory.signIn(form.username(), form.password(), http.getRemoteAddr());
            signedIn = sessions.open(admitted.user(), admitted.method(), http.getRemoteAddr(), userAgent);
        } else {
            signedIn = signIn.signIn(form.username(), form.password(), form.code(), http.getRemoteAddr(), userAgent);
        }
        JsonObject answer = Jsonp.createObjectBuilder()
                .add("user", user(signedIn.user()))
                .add("csrf_token", signedIn.csrf())
                .add("session_id", signedIn.session().id())
                .add("expires_at", signedIn.expiresAt() / 1000)
                .add("two_factor_enrolment_required", twoFactorPolicy.enrolmentRequired(signedIn.user().id()))
                .build();
        return Response.ok(Envelope.data(answer).toString(), MediaType.APPLICATION_JSON_TYPE)
                .cookie(SessionCookie.of(signedIn.token(), http))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /**
     * Ends the session of the cookie (with its CSRF token in {@code X-CSRF-Token}) and clears the cookie;
     * 204 also when there was none.
     */
    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout() {
        String token = SessionCookie.from(headers);
        if (token != null) {
            if (!CsrfCheck.originAllowed(http, baseUrl)
                    || !SessionTokens.csrfMatches(token, headers.getHeaderString(CsrfCheck.HEADER))) {
                return ErrorBody.response(Response.Status.FORBIDDEN, "missing or wrong CSRF token: send the "
                        + "csrf_token of your sign-in in the " + CsrfCheck.HEADER + " header", null);
            }
            sessions.signOut(token);
        }
        return Response.noContent().cookie(SessionCookie.cleared(http)).build();
    }

    /** The signed-in browser's user and CSRF token again (after a page reload); 401 without a live session. */
    @GET
    @Path("session")
    @Operation(hidden = true)
    public Response session() {
        String token = SessionCookie.from(headers);
        Optional<io.millrace.application.identity.Authenticated> found = sessions.authenticate(token);
        if (found.isEmpty()) {
            Response refused = ErrorBody.response(Response.Status.UNAUTHORIZED, "not signed in", null);
            return token == null ? refused : Response.fromResponse(refused).cookie(SessionCookie.cleared(http)).build();
        }
        JsonObject answer = Jsonp.createObjectBuilder().add("user", user(found.get().user()))
                .add("csrf_token", SessionTokens.csrf(token)).add("session_id", found.get().sessionId())
                .add("two_factor_enrolment_required", twoFactorPolicy.enrolmentRequired(found.get().user().id())).build();
        return Response.ok(Envelope.data(answer).toString(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private JsonObject user(User user) {
        return UserJson.me(workspaces.me(user), twoFactor.enabled(user.id())).build();
    }
}
