package io.millrace.web.api;

import io.millrace.environment.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Environment variables of a workspace (org), available to all its workflows. */
@Path("v1/workspaces/{id}/env_vars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceEnvVarsResource extends EnvVarsResource {
    @Override
    protected Scope scope(String id) {
        return Scope.workspace(id);
    }
}
