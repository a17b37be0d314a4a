package io.millrace.web.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (unknown path, wrong method, unsupported or unacceptable media type) as JSON. An
 * exception that already carries a JSON body (built with {@link ErrorBody}) is answered as it is. The
 * {@code Allow} header of a 405 is kept.
 */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity() && MediaType.APPLICATION_JSON_TYPE.isCompatible(original.getMediaType())) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        String message = switch (status.getStatusCode()) {
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 406 -> "not acceptable: this API answers application/json";
            case 415 -> "unsupported media type: send the body as application/json";
            default -> status.getReasonPhrase();
        };
        Response error = ErrorBody.response(status, message, null);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? error : Response.fromResponse(error).header(HttpHeaders.ALLOW, allow).build();
    }
}
