package io.millrace.application.connect;

import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.connect.ConnectEnvironment;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.User;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The scope of a Connect request: the path's project must be one of the caller's workspace that the caller may see
 * (else 404), and the {@code x-pd-environment} header {@code development} or {@code production} (absent:
 * {@code production}; anything else: 400 naming the header).
 */
@ApplicationScoped
public class ConnectScopes {
    /** The header that chooses the environment. */
    public static final String HEADER = "x-pd-environment";

    @Inject
    ProjectAccess projectAccess;

    public ConnectScope scope(User caller, String projectId, String environmentHeader) {
        ConnectEnvironment environment = environment(environmentHeader);
        Project project = projectAccess.require(caller.workspaceId(), projectId);
        return new ConnectScope(caller, project.workspaceId(), project.id(), environment);
    }

    static ConnectEnvironment environment(String header) {
        if (header == null || header.isBlank()) {
            return ConnectEnvironment.PRODUCTION;
        }
        return ConnectEnvironment.of(header).orElseThrow(() -> new InvalidInputException(HEADER,
                HEADER + " must be development or production, not " + Quoted.value(header)));
    }
}
