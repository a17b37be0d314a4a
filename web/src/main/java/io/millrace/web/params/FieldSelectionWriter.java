package io.millrace.web.params;

import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies the request's {@link FieldSelection} to the response: every resource that answers a
 * {@link JsonObject} envelope ({@code {"data": …}}, with or without {@code page_info}) gets
 * {@code include} / {@code exclude} without doing anything itself.
 */
@Provider
public class FieldSelectionWriter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(CommonParameters.SELECTION) instanceof FieldSelection selection
                && !selection.selectsAll() && response.getEntity() instanceof JsonObject envelope) {
            response.setEntity(selection.apply(envelope));
        }
    }
}
