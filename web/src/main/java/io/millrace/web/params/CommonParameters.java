package io.millrace.web.params;

import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import io.millrace.web.error.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.SafeText;
import io.millrace.web.security.Caller;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the common parameters of an authenticated {@code /v1} request (see the package description)
 * and leaves the {@link FieldSelection} for {@link FieldSelectionWriter}. The request works in the
 * workspace its {@code org_id} names (a path parameter, or the common parameter in the query or body; when
 * both are given they must agree), else in the caller's default workspace ({@link Caller#worksIn}); a
 * workspace the caller is not a member of is answered 404, as any id of another workspace is.
 */
@Provider
@Priority(Priorities.USER)
public class CommonParameters implements ContainerRequestFilter {
    /** The request property holding the {@link FieldSelection}. */
    static final String SELECTION = FieldSelection.class.getName();
    static final Set<String> NAMES = Set.of("include", "exclude", "org_id");

    @Context
    ResourceInfo resource;
    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!caller.present()) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        List<String> include = new ArrayList<>(query.getOrDefault("include", List.of()));
        List<String> exclude = new ArrayList<>(query.getOrDefault("exclude", List.of()));
        List<String> orgIds = new ArrayList<>(query.getOrDefault("org_id", List.of()));
        if (request.hasEntity()) {
            MediaType type = request.getMediaType();
            if (type != null && !isJson(type) && !declaresConsumes()) {
                request.abortWith(ErrorBody.response(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported media type " + Quoted.value(type) + ": send the body as application/json", null));
                return;
            }
            if (type == null || isJson(type)) {
                Response refused = takeFromBody(request, include, exclude, orgIds, orgIdInBody());
                if (refused != null) {
                    request.abortWith(refused);
                    return;
                }
            }
        }
        boolean administration = request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("v1/admin/");
        // the administration paths address workspaces as objects; they do not work in them
        String inPath = administration ? null : request.getUriInfo().getPathParameters().getFirst("org_id");
        String named = inPath;
        for (String orgId : orgIds) {
            if (orgId == null || orgId.isBlank()) {
                continue;
            }
            if (named != null && !orgId.trim().equals(named)) {
                request.abortWith(workspaceNotFound(orgId.trim()));
                return;
            }
            named = orgId.trim();
        }
        try {
            caller.worksIn(named);
        } catch (NotFoundException e) {
            if (named != null) { // with none, only what needs a workspace fails (a user of no workspace)
                request.abortWith(workspaceNotFound(named));
                return;
            }
        }
        request.setProperty(SELECTION, FieldSelection.parse(include, exclude));
    }

    private static Response workspaceNotFound(String orgId) {
        return ErrorBody.response(Response.Status.NOT_FOUND, "workspace " + Quoted.value(orgId) + " not found", null);
    }

    /**
     * Moves the common parameters of a JSON object body into the lists; a 400 when one is not a string,
     * or when a string of the body holds an unpaired surrogate (before the body is written again, which
     * would turn it into {@code ?}).
     */
    private static Response takeFromBody(ContainerRequestContext request, List<String> include,
                                         List<String> exclude, List<String> orgIds, boolean keepOrgId) {
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        JsonValue parsed = parse(body);
        try {
            if (parsed != null) {
                SafeText.checkJson(parsed);
            }
        } catch (InvalidInputException e) {
            return ErrorBody.response(Response.Status.BAD_REQUEST, e.getMessage(), e.field());
        }
        JsonObject o = parsed != null && parsed.getValueType() == JsonValue.ValueType.OBJECT ? parsed.asJsonObject() : null;
        Set<String> taken = keepOrgId ? Set.of("include", "exclude") : NAMES;
        if (o == null || o.keySet().stream().noneMatch(taken::contains)) {
            return null;
        }
        JsonObjectBuilder rest = Jsonp.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            String name = e.getKey();
            if (!taken.contains(name)) {
                rest.add(name, e.getValue());
                continue;
            }
            JsonValue v = e.getValue();
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (!(v instanceof JsonString s)) {
                return ErrorBody.response(Response.Status.BAD_REQUEST, name + " must be a string", name);
            }
            (name.equals("include") ? include : name.equals("exclude") ? exclude : orgIds).add(s.getString());
        }
        request.setEntityStream(new ByteArrayInputStream(rest.build().toString().getBytes(StandardCharsets.UTF_8)));
        return null;
    }

    /** The body as JSON, or null when it is not JSON (the resource then reports it). */
    private static JsonValue parse(byte[] body) {
        try (JsonReader reader = Jsonp.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean orgIdInBody() {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(OrgIdInBody.class)
                || resource.getResourceClass().isAnnotationPresent(OrgIdInBody.class));
    }

    private boolean declaresConsumes() {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Consumes.class)
                || resource.getResourceClass().isAnnotationPresent(Consumes.class));
    }

    static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase();
        return subtype.equals("json") || subtype.endsWith("+json");
    }
}
