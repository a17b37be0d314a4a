package io.millrace.web.error;

import io.millrace.shared.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
        return ErrorBody.response(Response.Status.NOT_FOUND, e.getMessage(), null);
    }
}
