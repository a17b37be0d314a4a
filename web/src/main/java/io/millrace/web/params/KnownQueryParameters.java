package io.millrace.web.params;

import io.millrace.shared.Quoted;
import io.millrace.web.error.ErrorBody;
import io.millrace.web.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a query parameter the operation does not take, with a 400 naming it: a misspelled filter
 * ({@code ?stauts=error}) would otherwise be ignored and answer unfiltered data. An operation takes the
 * {@code @QueryParam}s of its resource method (its parameters, {@code @BeanParam}s included) and of its
 * resource class, and the common {@code include}, {@code exclude} and {@code org_id}; names are
 * case-sensitive. Only authenticated API requests are checked, and those to resources marked
 * {@link QueryCheckedWithoutCaller} ({@code /metrics}, {@code /openapi}): the OAuth token endpoints ignore unknown
 * parameters as RFC 6749 §3.2 requires, and the query of an HTTP trigger ({@code /e/…}, not JAX-RS) is
 * its event's.
 */
@Provider
@Priority(Priorities.USER - 100)
public class KnownQueryParameters implements ContainerRequestFilter {
    private static final Map<Method, Set<String>> TAKEN = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;
    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null || !(caller.present()
                || resource.getResourceClass().isAnnotationPresent(QueryCheckedWithoutCaller.class))) {
            return;
        }
        Set<String> taken = TAKEN.computeIfAbsent(resource.getResourceMethod(),
                m -> taken(resource.getResourceClass(), m));
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!taken.contains(name)) {
                request.abortWith(ErrorBody.response(Response.Status.BAD_REQUEST, "unknown query parameter " + Quoted.of(name)
                        + ": this operation takes " + String.join(", ", taken), Quoted.value(name)));
                return;
            }
        }
    }

    /** The query parameters an operation takes, sorted. */
    static Set<String> taken(Class<?> resourceClass, Method method) {
        Set<String> names = new TreeSet<>(CommonParameters.NAMES);
        for (Parameter p : method.getParameters()) {
            add(p, p.getType(), names);
        }
        addMembers(resourceClass, names);
        return Set.copyOf(names);
    }

    private static void addMembers(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                add(f, f.getType(), names);
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.getParameterCount() == 1) {
                    add(m, m.getParameterTypes()[0], names);
                }
            }
        }
    }

    private static void add(AnnotatedElement element, Class<?> type, Set<String> names) {
        QueryParam q = element.getAnnotation(QueryParam.class);
        if (q != null) {
            names.add(q.value());
        }
        if (element.isAnnotationPresent(BeanParam.class)) {
            addMembers(type, names);
        }
    }
}
