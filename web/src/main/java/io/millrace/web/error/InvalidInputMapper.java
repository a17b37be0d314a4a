package io.millrace.web.error;

import io.millrace.shared.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
        return ErrorBody.response(Response.Status.BAD_REQUEST, e.getMessage(), e.field());
    }
}
