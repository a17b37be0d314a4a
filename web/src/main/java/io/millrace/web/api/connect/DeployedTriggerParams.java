package io.millrace.web.api.connect;

import io.millrace.application.connect.ConnectScopes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** What names one deployed trigger (a {@code @BeanParam}): project, environment header, trigger id, external user. */
public class DeployedTriggerParams {
    @PathParam("project_id")
    String projectId;
    @HeaderParam(ConnectScopes.HEADER)
    String environment;
    @PathParam("trigger_id")
    String triggerId;
    @QueryParam("external_user_id")
    String externalUserId;
}
