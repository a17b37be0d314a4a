package io.millrace.web.error;

import io.millrace.shared.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
        return ErrorBody.response(Response.Status.CONFLICT, e.getMessage(), null);
    }
}
