package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectScopes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;

/** What a Connect operation is scoped by (a {@code @BeanParam}): the project in the path, the environment header. */
public class ScopeParams {
    @PathParam("project_id")
    String projectId;
    @HeaderParam(ConnectScopes.HEADER)
    String environment;
}
