package io.millrace.web.error;

import io.millrace.shared.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {
    @Override
    public Response toResponse(ForbiddenException e) {
        return ErrorBody.response(Response.Status.FORBIDDEN, e.getMessage(), null);
    }
}
