package io.millrace.web.error;

import io.millrace.application.identity.SignInRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused sign-in: its own status (401 for wrong credentials or a missing or wrong second factor; 400,
 * 403, 404 or 503 for directory and OIDC sign-in) and message, naming the field to add or correct.
 */
@Provider
public class SignInRefusedMapper implements ExceptionMapper<SignInRefusedException> {
    @Override
    public Response toResponse(SignInRefusedException e) {
        return ErrorBody.response(Response.Status.fromStatusCode(e.status()), e.getMessage(), e.field());
    }
}
