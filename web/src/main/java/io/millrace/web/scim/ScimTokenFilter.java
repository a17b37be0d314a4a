package io.millrace.web.scim;

import io.millrace.application.audit.RequestOrigin;
import io.millrace.application.identity.TooManyFailuresException;
import io.millrace.application.scim.ScimClient;
import io.millrace.application.scim.ScimTokens;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Every {@code /scim/v2} request needs {@code Authorization: Bearer <SCIM token>} of a workspace (no API key,
 * access token or browser session counts here); it then works in that workspace only, and the audit log
 * names the token as actor of type {@code scim}. Else 401 (429 with {@code Retry-After} when the address
 * failed too often), as a SCIM error.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ScimTokenFilter implements ContainerRequestFilter {
    private static final String BEARER = "bearer ";

    @Inject
    ScimTokens tokens;
    @Inject
    ScimCaller caller;
    @Inject
    RequestOrigin origin;
    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!ScimPaths.isScim(request.getUriInfo().getPath())) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(unauthorized("missing SCIM token: send Authorization: Bearer <SCIM token of the"
                    + " workspace> (create one with POST /v1/workspaces/{org_id}/scim_tokens)"));
            return;
        }
        Optional<ScimClient> found;
        try {
            found = tokens.authenticate(header.substring(BEARER.length()).trim(), http.getRemoteAddr());
        } catch (TooManyFailuresException e) {
            request.abortWith(Response.fromResponse(ScimErrorBody.response(429, null, e.getMessage()))
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build());
            return;
        }
        if (found.isEmpty()) {
            request.abortWith(unauthorized("invalid or revoked SCIM token"));
            return;
        }
        caller.authenticated(found.get());
        origin.identify(new Actor(ActorType.SCIM, found.get().tokenId(), found.get().tokenName()));
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(ScimErrorBody.response(401, null, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"scim\"").build();
    }
}
