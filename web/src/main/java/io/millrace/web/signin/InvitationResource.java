package io.millrace.web.signin;

import io.millrace.application.identity.Authenticated;
import io.millrace.application.identity.Authentication;
import io.millrace.application.identity.BrowserSessions;
import io.millrace.application.identity.SignedIn;
import io.millrace.application.identity.TwoFactor;
import io.millrace.application.identity.TwoFactorPolicy;
import io.millrace.application.identity.Workspaces;
import io.millrace.application.invitation.InvitationView;
import io.millrace.application.invitation.Invitations;
import io.millrace.domain.signin.SessionTokens;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.identity.UserJson;
import io.millrace.web.api.invitation.InvitationJson;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.error.ErrorBody;
import io.millrace.web.security.CsrfCheck;
import io.millrace.web.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The link of an invitation, outside {@code /v1} (hidden from the OpenAPI document, like {@code /login}):
 * {@code GET} tells what it invites to, {@code POST …/accept} joins, as the signed-in user (a Bearer API
 * key, or a session cookie with its CSRF token) or as a new person with a local account, who is then
 * signed in. See docs/api.md, "Invitations".
 */
@Path("invitations/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {
    private static final String BEARER = "bearer ";

    @Inject
    Invitations invitations;
    @Inject
    Authentication authentication;
    @Inject
    BrowserSessions sessions;
    @Inject
    Workspaces workspaces;
    @Inject
    TwoFactor twoFactor;
    @Inject
    TwoFactorPolicy twoFactorPolicy;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;
    @Context
    HttpServletRequest http;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(hidden = true)
    public Response show(@PathParam("token") String token) {
        return noStore(Response.ok(Envelope.data(InvitationJson.forInvitee(invitations.lookup(token))).toString(),
                MediaType.APPLICATION_JSON_TYPE));
    }

    @POST
    @Path("accept")
    @Operation(hidden = true)
    public Response accept(@PathParam("token") String token, String body) {
        if (!CsrfCheck.originAllowed(http, baseUrl)) {
            return ErrorBody.response(Response.Status.FORBIDDEN,
                    "cross-origin request refused: the Origin header does not name this server", null);
        }
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return asBearer(token, authorization);
        }
        String cookie = SessionCookie.from(headers);
        Optional<Authenticated> session = cookie == null ? Optional.empty() : sessions.authenticate(cookie);
        if (session.isPresent()) {
            if (!SessionTokens.csrfMatches(cookie, headers.getHeaderString(CsrfCheck.HEADER))) {
                return ErrorBody.response(Response.Status.FORBIDDEN, "missing or wrong CSRF token: send the "
                        + "csrf_token of your sign-in in the " + CsrfCheck.HEADER + " header", null);
            }
            return joined(invitations.accept(token, session.get().user()), session.get().user());
        }
        if (headers.getMediaType() == null || !headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return ErrorBody.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "send {\"username\", \"password\","
                    + " \"email\"} as application/json, or sign in first", null);
        }
        Invitations.Accepted accepted = invitations.acceptAsNewPerson(token, RequestBodies.read(null, body),
                http.getRemoteAddr(), headers.getHeaderString(HttpHeaders.USER_AGENT));
        SignedIn signedIn = accepted.session();
        JsonObjectBuilder answer = answer(accepted.invitation(), signedIn.user())
                .add("csrf_token", signedIn.csrf())
                .add("session_id", signedIn.session().id())
                .add("expires_at", signedIn.expiresAt() / 1000);
        return noStore(Response.ok(Envelope.data(answer).toString(), MediaType.APPLICATION_JSON_TYPE)
                .cookie(SessionCookie.of(signedIn.token(), http)));
    }

    private Response asBearer(String token, String authorization) {
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return ErrorBody.response(Response.Status.UNAUTHORIZED, "send Authorization: Bearer <api key>", null);
        }
        Optional<Authenticated> who = authentication.authenticate(authorization.substring(BEARER.length()).trim(),
                http.getRemoteAddr());
        if (who.isEmpty()) {
            return ErrorBody.response(Response.Status.UNAUTHORIZED, "invalid API key", null);
        }
        if (who.get().viaOAuth()) {
            return ErrorBody.response(Response.Status.FORBIDDEN,
                    "an invitation is accepted by a person: use a user API key or a browser session", null);
        }
        return joined(invitations.accept(token, who.get().user()), who.get().user());
    }

    private Response joined(InvitationView view, User user) {
        return noStore(Response.ok(Envelope.data(answer(view, user)).toString(), MediaType.APPLICATION_JSON_TYPE));
    }

    private JsonObjectBuilder answer(InvitationView view, User user) {
        return Jsonp.createObjectBuilder()
                .add("workspace", InvitationJson.forInvitee(view).build().getJsonObject("workspace"))
                .add("role", view.invitation().role().json())
                .add("user", UserJson.me(workspaces.me(user), twoFactor.enabled(user.id())))
                .add("two_factor_enrolment_required", twoFactorPolicy.enrolmentRequired(user.id()));
    }

    private static Response noStore(Response.ResponseBuilder builder) {
        return builder.header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
