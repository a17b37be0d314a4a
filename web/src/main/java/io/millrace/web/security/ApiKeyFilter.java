package io.millrace.web.security;

import io.millrace.application.audit.RequestOrigin;
import io.millrace.application.identity.Authenticated;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import io.millrace.application.identity.Authentication;
import io.millrace.application.identity.BrowserSessions;
import io.millrace.application.identity.TwoFactorPolicy;
import io.millrace.domain.signin.SessionTokens;
import io.millrace.application.identity.TooManyFailuresException;
import io.millrace.web.error.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code /v1} request (and {@code /sources/{id}/sse}, the seed's path of a source's stream) needs
 * {@code Authorization: Bearer <credential>}, where the credential is a user API key or an unexpired,
 * unrevoked OAuth access token ({@link Authentication}), or, without an Authorization header, the cookie of
 * a browser session ({@link SessionCookie}, {@link BrowserSessions}), whose state-changing requests must
 * also pass {@link CsrfCheck} (else 403), and whose user must enrol in 2FA first when a workspace of its
 * requires it ({@link TwoFactorPolicy}: 403 except for the enrolment paths); otherwise 401 with a JSON error. The token
 * endpoints ({@code /v1/oauth/token}, {@code /v1/oauth/revoke}) authenticate the OAuth client themselves
 * and need no Bearer, nor does the OAuth callback of connected accounts ({@code /v1/accounts/oauth/callback}:
 * its single-use state is the credential). {@code /metrics} and {@code /openapi} need one too unless
 * {@code millrace.metrics.authentication} / {@code millrace.openapi.authentication} is false (who may read
 * them is decided in {@code web.operations}). The authenticated caller goes to the request's {@link Caller},
 * and with the client's address (for every request) to its {@link RequestOrigin}, which the audit log reads. Credentials are
 * checked under the throttle of the client's address (see {@code CredentialThrottle}): an address that
 * failed too often gets 429 with {@code Retry-After} instead.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
    private static final String BEARER = "bearer ";
    /** Paths under /v1 that authenticate their caller otherwise. */
    private static final Set<String> OPEN = Set.of("v1/oauth/token", "v1/oauth/revoke", "v1/accounts/oauth/callback");

    @Inject
    @ConfigProperty(name = "millrace.metrics.authentication", defaultValue = "true")
    boolean metricsAuthentication;
    @Inject
    @ConfigProperty(name = "millrace.openapi.authentication", defaultValue = "true")
    boolean openApiAuthentication;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;
    @Inject
    Authentication authentication;
    @Inject
    BrowserSessions sessions;
    @Inject
    TwoFactorPolicy twoFactorPolicy;
    @Inject
    Caller caller;
    @Inject
    RequestOrigin origin;
    @Context
    HttpServletRequest http;
    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        origin.from(http.getRemoteAddr());
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!needsCredential(path)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String session = SessionCookie.from(headers);
        if (header == null && session != null) {
            fromSession(request, session);
            return;
        }
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(ErrorBody.response(Response.Status.UNAUTHORIZED,
                    "missing API key: send Authorization: Bearer <api key or OAuth access token>, "
                            + "or sign in at /login", null));
            return;
        }
        Optional<Authenticated> found;
        try {
            found = authentication.authenticate(header.substring(BEARER.length()).trim(), http.getRemoteAddr());
        } catch (TooManyFailuresException e) {
            request.abortWith(Response.fromResponse(ErrorBody.response(Response.Status.TOO_MANY_REQUESTS,
                    e.getMessage(), null)).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build());
            return;
        }
        if (found.isEmpty()) {
            request.abortWith(ErrorBody.response(Response.Status.UNAUTHORIZED,
                    "invalid API key or access token (access tokens expire after an hour)", null));
            return;
        }
        caller.authenticated(found.get());
        origin.identify(actor(found.get()));
    }

    /**
     * Authenticates by the session cookie (a Bearer header, when sent, wins and this is not called); a
     * state-changing request must also pass {@link CsrfCheck}.
     */
    private void fromSession(ContainerRequestContext request, String token) {
        Optional<Authenticated> found = sessions.authenticate(token);
        if (found.isEmpty()) {
            request.abortWith(Response.fromResponse(ErrorBody.response(Response.Status.UNAUTHORIZED,
                    "your session has ended (signed out, revoked or timed out): sign in again at /login", null))
                    .cookie(SessionCookie.cleared(http)).build());
            return;
        }
        if (CsrfCheck.changesState(request.getMethod())) {
            String refusal = csrfRefusal(request, token);
            if (refusal != null) {
                request.abortWith(ErrorBody.response(Response.Status.FORBIDDEN, refusal, null));
                return;
            }
        }
        if (!enrolmentPath(request.getUriInfo().getPath()) && twoFactorPolicy.enrolmentRequired(found.get().user().id())) {
            request.abortWith(ErrorBody.response(Response.Status.FORBIDDEN, TwoFactorPolicy.ENROL, null));
            return;
        }
        caller.authenticated(found.get());
        origin.identify(actor(found.get()));
    }

    /**
     * What a session limited by a workspace's required 2FA may still call: {@code /v1/users/me} and the
     * enrolment ({@code /v1/users/me/2fa…}); signing out is outside {@code /v1}.
     */
    static boolean enrolmentPath(String rawPath) {
        String path = rawPath.replaceFirst("^/+", "").replaceFirst("/+$", "");
        return path.equals("v1/users/me") || path.equals("v1/users/me/2fa") || path.startsWith("v1/users/me/2fa/");
    }

    /** Why a state-changing request of a session is refused, or null when it may go on. */
    private String csrfRefusal(ContainerRequestContext request, String token) {
        if (!CsrfCheck.originAllowed(http, baseUrl)) {
            return "cross-origin request refused: the Origin header does not name this server";
        }
        if (!SessionTokens.csrfMatches(token, request.getHeaderString(CsrfCheck.HEADER))) {
            return "missing or wrong CSRF token: send the csrf_token of your sign-in in the "
                    + CsrfCheck.HEADER + " header";
        }
        return null;
    }

    /** A user API key acts as its user; an OAuth access token as its client (the caller id is the client id). */
    static Actor actor(Authenticated who) {
        return new Actor(who.viaOAuth() ? ActorType.OAUTH_CLIENT : ActorType.USER, who.user().id(),
                who.user().username());
    }

    private boolean needsCredential(String path) {
        if (path.equals("metrics") || path.startsWith("metrics/")) {
            return metricsAuthentication;
        }
        if (path.equals("openapi") || path.startsWith("openapi/")) {
            return openApiAuthentication;
        }
        return (path.equals("v1") || path.startsWith("v1/") || path.startsWith("sources/"))
                && !OPEN.contains(path.replaceFirst("/+$", ""));
    }
}
