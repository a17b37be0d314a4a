package io.millrace.web.error;

import io.millrace.application.connect.ProxyFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A Connect proxy request that did not reach the app's API: 403 (egress policy), 502 (unreachable) or 504 (timeout). */
@Provider
public class ProxyFailedMapper implements ExceptionMapper<ProxyFailedException> {
    @Override
    public Response toResponse(ProxyFailedException e) {
        return ErrorBody.response(statusOf(e.reason().status()), e.getMessage(), null);
    }

    private static Response.StatusType statusOf(int code) {
        return switch (code) {
            case 403 -> Response.Status.FORBIDDEN;
            case 504 -> Response.Status.GATEWAY_TIMEOUT;
            default -> Response.Status.BAD_GATEWAY;
        };
    }
}
