package io.millrace.web.api;

import io.millrace.environment.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Environment variables of a project; they override workspace variables of the same key. */
@Path("v1/projects/{id}/env_vars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectEnvVarsResource extends EnvVarsResource {
    @Override
    protected Scope scope(String id) {
        return Scope.project(id);
    }
}
