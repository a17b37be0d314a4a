package io.millrace.web.security;

import io.millrace.web.error.ErrorBody;
import io.millrace.workspace.ApiKeys;
import io.millrace.workspace.User;
import io.millrace.workspace.WorkspaceRepository;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;

/**
 * Every {@code /v1} request (and {@code /sources/{id}/sse}, the seed's path of a source's stream) needs {@code Authorization: Bearer <api key>}; otherwise 401 with a JSON
 * error. The caller becomes the request's {@link SecurityContext} principal.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
    private static final String BEARER = "bearer ";

    @Inject
    WorkspaceRepository workspaces;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!(path.equals("v1") || path.startsWith("v1/") || path.startsWith("sources/"))) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(ErrorBody.response(Response.Status.UNAUTHORIZED,
                    "missing API key: send Authorization: Bearer <api key>", null));
            return;
        }
        Optional<User> user = workspaces.userByApiKeyHash(ApiKeys.hash(header.substring(BEARER.length()).trim()));
        if (user.isEmpty()) {
            request.abortWith(ErrorBody.response(Response.Status.UNAUTHORIZED, "invalid API key", null));
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        CallerPrincipal caller = new CallerPrincipal(user.get());
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
}
