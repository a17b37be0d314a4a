package io.millrace.web.error;

import io.millrace.application.signin.SignInRefused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused sign-in: its own status (400, 401, 403, 404 or 503) and message, as a JSON error. */
@Provider
public class SignInRefusedMapper implements ExceptionMapper<SignInRefused> {
    @Override
    public Response toResponse(SignInRefused e) {
        return ErrorBody.response(Response.Status.fromStatusCode(e.status()), e.getMessage(), e.field());
    }
}
