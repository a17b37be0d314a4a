package io.millrace.web.scim;

import io.millrace.domain.scim.ScimProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused SCIM request as a SCIM error. */
@Provider
public class ScimProblemMapper implements ExceptionMapper<ScimProblem> {
    @Override
    public Response toResponse(ScimProblem e) {
        return ScimErrorBody.response(e.status(), e.scimType(), e.getMessage());
    }
}
