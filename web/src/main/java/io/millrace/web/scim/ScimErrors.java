package io.millrace.web.scim;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;

/**
 * On {@code /scim/v2}: an error answered in Millrace's own shape (a JAX-RS 404/405/406/415, a malformed
 * body, an unexpected 500) becomes a SCIM error with the same status and message; JSON answers are
 * {@code application/scim+json} unless the client asked for {@code application/json} only.
 */
@Provider
public class ScimErrors implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!ScimPaths.isScim(request.getUriInfo().getPath())) {
            return;
        }
        if (response.getStatus() >= 400 && response.getEntity() instanceof String text && text.startsWith("{\"error\"")) {
            JsonObject error = error(text);
            if (error != null) {
                int status = response.getStatus();
                String scimType = status == 400 ? "invalidValue" : null;
                response.setEntity(ScimErrorBody.response(status, scimType, error.getString("message", null)).getEntity());
                response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, ScimMediaType.SCIM_JSON);
            }
        }
        MediaType type = response.getMediaType();
        if (type != null && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || ScimMediaType.SCIM_JSON_TYPE.isCompatible(type))) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE,
                    jsonOnly(request) ? MediaType.APPLICATION_JSON : ScimMediaType.SCIM_JSON);
        }
    }

    private static boolean jsonOnly(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json") && !accept.contains("scim+json");
    }

    private static JsonObject error(String text) {
        try (JsonReader r = Jsonp.provider().createReader(new StringReader(text))) {
            return r.readObject().getJsonObject("error");
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }
}
