package io.millrace.web.api.identity;

import io.millrace.application.identity.BrowserSessions;
import io.millrace.application.identity.SessionView;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import io.millrace.web.openapi.SignInSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's browser sessions (Millrace's own): listed without secrets, revoked one by one. */
@Path("v1/users/me/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {
    @Inject
    BrowserSessions sessions;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listSessions", summary = "The caller's live browser sessions, newest first")
    @APIResponse(responseCode = "200", description = "the sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SignInSchemas.BrowserSessionList.class)))
    public JsonObject list() {
        JsonArrayBuilder data = Jsonp.createArrayBuilder();
        sessions.list(person(), caller.sessionId()).forEach(s -> data.add(json(s)));
        return Jsonp.createObjectBuilder().add("data", data).build();
    }

    @DELETE
    @Path("{session_id}")
    @Operation(operationId = "revokeSession", summary = "End one of the caller's browser sessions")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke(@PathParam("session_id") String sessionId) {
        sessions.revoke(person(), sessionId);
        return Response.noContent().build();
    }

    private User person() {
        caller.requireUserApiKey();
        return caller.person();
    }

    private static JsonObjectBuilder json(SessionView view) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", view.session().id())
                .add("created_at", Renders.seconds(view.session().createdAt()))
                .add("last_seen_at", Renders.seconds(view.session().lastSeenAt()))
                .add("expires_at", Renders.seconds(view.expiresAt()));
        Renders.addNullable(b, "ip_address", view.session().address());
        Renders.addNullable(b, "user_agent", view.session().userAgent());
        return b.add("current", view.current());
    }
}
