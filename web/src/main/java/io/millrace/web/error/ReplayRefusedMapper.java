package io.millrace.web.error;

import io.millrace.application.intake.ReplayRefused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An execution whose workflow is not active cannot be replayed: 409. */
@Provider
public class ReplayRefusedMapper implements ExceptionMapper<ReplayRefused> {
    @Override
    public Response toResponse(ReplayRefused e) {
        return ErrorBody.response(Response.Status.CONFLICT, e.getMessage(), null);
    }
}
