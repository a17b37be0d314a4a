package io.millrace.web.error;

import io.millrace.domain.auth.OAuthException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Refusals of the OAuth token endpoints in RFC 6749's shape,
 * {@code {"error": "invalid_client", "error_description": "…"}}, never cached. A 401 names the Basic
 * scheme, in which a client may also send its credentials.
 */
@Provider
public class OAuthErrorMapper implements ExceptionMapper<OAuthException> {
    @Override
    public Response toResponse(OAuthException e) {
        Response.ResponseBuilder r = Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache")
                .entity(Jsonp.createObjectBuilder().add("error", e.error())
                        .add("error_description", Quoted.message(e.getMessage())).build().toString());
        if (e.retryAfterSeconds() > 0) {
            r.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        if (e.status() == 401) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"millrace\"");
        }
        return r.build();
    }
}
