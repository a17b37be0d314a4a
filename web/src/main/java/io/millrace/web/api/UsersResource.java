package io.millrace.web.api;

import io.millrace.web.security.ApiKeyFilter;
import io.millrace.workspace.User;
import io.millrace.workspace.Workspace;
import io.millrace.workspace.WorkspaceRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
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
    @Context
    SecurityContext security;

    /** The authenticated user and the workspaces (orgs) it belongs to. */
    @GET
    @Path("me")
    public JsonObject me() {
        User user = ApiKeyFilter.caller(security);
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
