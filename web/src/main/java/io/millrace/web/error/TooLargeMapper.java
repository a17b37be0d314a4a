package io.millrace.web.error;

import io.millrace.shared.TooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class TooLargeMapper implements ExceptionMapper<TooLargeException> {
    @Override
    public Response toResponse(TooLargeException e) {
        return ErrorBody.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), null);
    }
}
