package io.millrace.web.api;

import io.millrace.application.ErrorEvents;
import io.millrace.errors.ErrorEvent;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Page;
import io.millrace.web.security.ApiKeyFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;

/**
 * A workflow's {@code $errors} stream: its last (up to 100) error events, newest first. The path
 * takes {@code $errors} literally or percent-encoded ({@code %24errors}, as {@code encodeURIComponent}
 * writes it).
 */
@Path("v1/workflows/{id}/{stream: \\$errors|%24errors}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowErrorsResource {
    @Inject
    ErrorEvents errors;
    @Context
    SecurityContext security;

    /**
     * {@code limit} 1 to 100 (default 100); {@code expand=event} shows events over 1 KB in full (see
     * {@link ErrorEventJson} for the truncation otherwise).
     */
    @GET
    @Path("event_summaries")
    public JsonObject eventSummaries(@PathParam("id") String id, @QueryParam("limit") String limit,
                                     @QueryParam("expand") List<String> expand) {
        Page<ErrorEvent> page = errors.latest(ApiKeyFilter.caller(security), id, limit(limit));
        boolean full = expand.stream().flatMap(e -> Arrays.stream(e.split(",")))
                .anyMatch(e -> e.trim().equals("event"));
        JsonArrayBuilder data = Jsonp.createArrayBuilder();
        page.items().forEach(e -> data.add(ErrorEventJson.render(e, full)));
        JsonObjectBuilder info = Jsonp.createObjectBuilder().add("total_count", page.totalCount());
        Renders.addNullable(info, "start_cursor", page.startCursor());
        Renders.addNullable(info, "end_cursor", page.endCursor());
        info.add("count", page.items().size());
        return Jsonp.createObjectBuilder().add("page_info", info).add("data", data).build();
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return ErrorEvents.SHOWN;
        }
        try {
            int n = Integer.parseInt(limit.trim());
            if (n >= 1 && n <= ErrorEvents.SHOWN) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidInputException("limit", "limit must be an integer from 1 to " + ErrorEvents.SHOWN);
    }
}
