package io.millrace.web.api.identity;

import io.millrace.application.identity.Passwords;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.SignInSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's password for signing in with a browser (Millrace's own). */
@Path("v1/users/me/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResource {
    @Inject
    Passwords passwords;
    @Inject
    Caller caller;
    @Context
    HttpServletRequest http;

    /**
     * Sets the caller's password: {@code {"current_password", "password"}} (the current one when it has
     * one). Ends the caller's other browser sessions.
     */
    @PUT
    @Operation(operationId = "changePassword",
            summary = "Set or change the caller's password; ends its other browser sessions")
    @APIResponse(responseCode = "204", description = "changed")
    public Response change(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignInSchemas.PasswordChange.class))) String body) {
        caller.requireUserApiKey();
        passwords.change(caller.person(), caller.sessionId(), RequestBodies.read(null, body), http.getRemoteAddr());
        return Response.noContent().build();
    }
}
