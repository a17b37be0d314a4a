package io.millrace.web.signin;

import io.millrace.application.identity.TooManyFailuresException;
import io.millrace.application.signin.DirectorySignIn;
import io.millrace.application.signin.SignInRefused;
import io.millrace.application.signin.SignedIn;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.error.ErrorBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /login} with {@code {"username", "password", "method": "ldap"}}: the directory checks the
 * password; 200 with the user and its memberships, 401 for a wrong password or an unknown user alike,
 * 403 when the person's groups give no workspace, 429 for an address that failed too often.
 */
@Path("login")
@RequestScoped
public class LoginResource {
    private static final Set<String> FIELDS = Set.of("username", "password", "method");
    private static final int MAX_USERNAME = 256;
    private static final int MAX_PASSWORD = 1024;

    @Inject
    DirectorySignIn directory;
    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response login(String body) {
        JsonObject request = BodyFields.body(RequestBodies.read(null, body), FIELDS);
        String method = BodyFields.text(request, "method");
        if (!"ldap".equals(method)) {
            throw new InvalidInputException("method", "method must be \"ldap\"");
        }
        if (!directory.enabled()) {
            throw new SignInRefused(400, "LDAP sign-in is not configured on this server (MILLRACE_LDAP_URL)", "method");
        }
        String username = BodyFields.requiredText(request, "username", "username");
        String password = BodyFields.requiredText(request, "password", "password");
        if (username.isEmpty() || username.length() > MAX_USERNAME) {
            throw new InvalidInputException("username", "username must be 1 to " + MAX_USERNAME + " characters");
        }
        if (password.isEmpty() || password.length() > MAX_PASSWORD) {
            throw new InvalidInputException("password", "password must be 1 to " + MAX_PASSWORD + " characters");
        }
        SignedIn signedIn;
        try {
            signedIn = directory.signIn(username, password, http.getRemoteAddr());
        } catch (TooManyFailuresException e) {
            return Response.fromResponse(ErrorBody.response(Response.Status.TOO_MANY_REQUESTS, e.getMessage(), null))
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        }
        return Response.ok(SignInAnswers.json(signedIn).toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
