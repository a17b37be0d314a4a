package io.millrace.web.api;

import io.millrace.application.UserAccounts;
import io.millrace.shared.Jsonp;
import io.millrace.web.security.ApiKeyFilter;
import io.millrace.workspace.User;
import io.millrace.workspace.Workspace;
import io.millrace.workspace.WorkspaceRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    UserAccounts accounts;
    @Context
    SecurityContext security;

    /** The authenticated user and the workspaces (orgs) it belongs to. */
    @GET
    @Path("me")
    public JsonObject me() {
        return render(ApiKeyFilter.caller(security));
    }

    /** Changes the caller's email address: {@code {"email": "…"}}, or null to remove it. */
    @PUT
    @Path("me")
    public JsonObject changeMe(String body) {
        return render(accounts.changeEmail(ApiKeyFilter.caller(security), RequestBodies.read(null, body)));
    }

    private JsonObject render(User user) {
        JsonArrayBuilder orgs = Jsonp.createArrayBuilder();
        for (Workspace w : workspaces.workspacesOf(user)) {
            JsonObjectBuilder org = Jsonp.createObjectBuilder().add("id", w.id()).add("name", w.name())
                    .add("orgname", w.orgname());
            Renders.addNullable(org, "email", w.email());
            orgs.add(org);
        }
        JsonObjectBuilder me = Jsonp.createObjectBuilder().add("id", user.id()).add("username", user.username());
        Renders.addNullable(me, "email", user.email());
        return Envelope.data(me.add("orgs", orgs));
    }
}
