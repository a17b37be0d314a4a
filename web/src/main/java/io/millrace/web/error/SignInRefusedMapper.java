package io.millrace.web.error;

import io.millrace.application.identity.SignInRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused sign-in: 401, naming {@code code} when a second factor is missing or wrong. */
@Provider
public class SignInRefusedMapper implements ExceptionMapper<SignInRefusedException> {
    @Override
    public Response toResponse(SignInRefusedException e) {
        return ErrorBody.response(Response.Status.UNAUTHORIZED, e.getMessage(), e.field());
    }
}
