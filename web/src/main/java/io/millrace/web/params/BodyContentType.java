package io.millrace.web.params;

import io.millrace.web.error.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A request body must say what it is: on every operation that takes a body, a non-empty body without
 * {@code Content-Type} is 415, as a body of a type the operation does not read is (the seed's curl
 * examples all send {@code Content-Type: application/json}; {@code curl -d} alone would send a form).
 * Runs after authentication, so a caller without credentials still learns that first. Operations that take
 * bytes of any type ({@code @Consumes("*}{@code /*")}: file uploads) take a body without a type too.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class BodyContentType implements ContainerRequestFilter {
    private static final Map<Method, Boolean> TAKES_BODY = new ConcurrentHashMap<>();
    private static final List<Class<? extends Annotation>> NOT_THE_BODY = List.of(PathParam.class,
            QueryParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class,
            BeanParam.class, Context.class, Suspended.class);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null
                || !isBlank(request.getHeaderString(HttpHeaders.CONTENT_TYPE)) || !hasBody(request)
                || !TAKES_BODY.computeIfAbsent(resource.getResourceMethod(), BodyContentType::takesBody)
                || takesAnyType(resource.getResourceMethod())) {
            return;
        }
        request.abortWith(ErrorBody.response(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                "the request has a body but no Content-Type: send it as application/json", null));
    }

    private static boolean takesAnyType(Method method) {
        jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
        return consumes != null && List.of(consumes.value()).contains(jakarta.ws.rs.core.MediaType.WILDCARD);
    }

    private static boolean isBlank(String header) {
        return header == null || header.isBlank();
    }

    /** Whether the request carries a body: a positive Content-Length, or chunks. */
    static boolean hasBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length != null && Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Whether the method has an entity parameter: one without a JAX-RS parameter annotation. */
    static boolean takesBody(Method method) {
        for (Parameter p : method.getParameters()) {
            if (NOT_THE_BODY.stream().noneMatch(p::isAnnotationPresent)) {
                return true;
            }
        }
        return false;
    }
}
