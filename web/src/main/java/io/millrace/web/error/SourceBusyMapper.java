package io.millrace.web.error;

import io.millrace.domain.source.SourceBusyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A source whose lease could not be taken in time (a run or another change holds it): 409. */
@Provider
public class SourceBusyMapper implements ExceptionMapper<SourceBusyException> {
    @Override
    public Response toResponse(SourceBusyException e) {
        return ErrorBody.response(Response.Status.CONFLICT, e.getMessage(), null);
    }
}
