package io.millrace.web.error;

import io.millrace.application.connect.RateLimitedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A Connect request over a documented rate limit: 429 with {@code Retry-After}. */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {
    @Override
    public Response toResponse(RateLimitedException e) {
        Response answer = ErrorBody.response(Response.Status.TOO_MANY_REQUESTS, e.getMessage(), null);
        return Response.fromResponse(answer).header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }
}
