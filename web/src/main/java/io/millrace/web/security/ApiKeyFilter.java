package io.millrace.web.security;

import io.millrace.application.identity.OAuthTokens;
import io.millrace.web.error.ErrorBody;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Every {@code /v1} request (and {@code /sources/{id}/sse}, the seed's path of a source's stream) needs {@code Authorization: Bearer <credential>}, where the credential is
 * a user API key or an unexpired, unrevoked OAuth access token; otherwise 401 with a JSON error. The
 * token endpoints ({@code /v1/oauth/token}, {@code /v1/oauth/revoke}) authenticate the OAuth client
 * themselves and need no Bearer. The caller becomes the request's {@link SecurityContext} principal;
 * an OAuth token acts as a non-admin member of the client's workspace ({@link OAuthTokens}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
    private static final String BEARER = "bearer ";
    /** Paths under /v1 that authenticate their caller otherwise. */
    private static final Set<String> OPEN = Set.of("v1/oauth/token", "v1/oauth/revoke");

    @Inject
    WorkspaceRepository workspaces;
    @Inject
    OAuthTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!(path.equals("v1") || path.startsWith("v1/") || path.startsWith("sources/"))
                || OPEN.contains(path.replaceFirst("/+$", ""))) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(ErrorBody.response(Response.Status.UNAUTHORIZED,
                    "missing API key: send Authorization: Bearer <api key or OAuth access token>", null));
            return;
        }
        String credential = header.substring(BEARER.length()).trim();
        boolean oauth = false;
        Optional<User> user = credential.isEmpty() ? Optional.empty()
                : workspaces.userByApiKeyHash(ApiKeys.hash(credential));
        if (user.isEmpty() && !credential.isEmpty()) {
            user = tokens.caller(credential);
            oauth = user.isPresent();
        }
        if (user.isEmpty()) {
            request.abortWith(ErrorBody.response(Response.Status.UNAUTHORIZED,
                    "invalid API key or access token (access tokens expire after an hour)", null));
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        CallerPrincipal caller = new CallerPrincipal(user.get(), oauth);
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                return "admin".equals(role) && caller.user().admin();
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    /** The caller of a request that passed this filter. */
    public static User caller(SecurityContext context) {
        return ((CallerPrincipal) context.getUserPrincipal()).user();
    }

    /** Whether the caller authenticated with an OAuth access token rather than a user API key. */
    public static boolean viaOAuth(SecurityContext context) {
        return ((CallerPrincipal) context.getUserPrincipal()).oauth();
    }

    /** Refuses callers with an OAuth access token (403): for endpoints that act for a person. */
    public static void requireUserApiKey(SecurityContext context) {
        if (viaOAuth(context)) {
            throw new ForbiddenException(ErrorBody.response(Response.Status.FORBIDDEN,
                    "this endpoint needs a user API key; OAuth access tokens act for a workspace, not a user",
                    null));
        }
    }
}
