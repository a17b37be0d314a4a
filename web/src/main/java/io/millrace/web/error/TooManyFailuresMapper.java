package io.millrace.web.error;

import io.millrace.application.identity.TooManyFailuresException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Too many failed credentials (sign-in, current password, 2FA code): 429 with {@code Retry-After}. */
@Provider
public class TooManyFailuresMapper implements ExceptionMapper<TooManyFailuresException> {
    @Override
    public Response toResponse(TooManyFailuresException e) {
        return Response.fromResponse(ErrorBody.response(Response.Status.TOO_MANY_REQUESTS, e.getMessage(), null))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }
}
