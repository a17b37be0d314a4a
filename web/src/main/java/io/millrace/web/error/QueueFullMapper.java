package io.millrace.web.error;

import io.millrace.application.intake.QueueFullException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An event the API was asked to queue (a replay) found the workflow's queue full: 429 with Retry-After. */
@Provider
public class QueueFullMapper implements ExceptionMapper<QueueFullException> {
    @Override
    public Response toResponse(QueueFullException e) {
        Response answer = ErrorBody.response(Response.Status.TOO_MANY_REQUESTS,
                QueueFullException.NAME + ": " + e.getMessage(), null);
        return Response.fromResponse(answer).header("Retry-After", Integer.toString(e.retryAfterSeconds())).build();
    }
}
