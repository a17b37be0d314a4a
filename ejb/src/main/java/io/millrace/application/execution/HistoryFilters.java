package io.millrace.application.execution;

import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The history filter of a request's caller: the parameters parsed ({@link HistoryFilterParser}), every workflow
 * and project they name found in the caller's workspace and visible to the caller (otherwise a 404, as for any
 * id of another workspace), and the projects the caller may not see hidden. Use it wherever work is selected
 * "by filter" from a request.
 */
@ApplicationScoped
public class HistoryFilters {
    @Inject
    ProjectAccess projectAccess;
    @Inject
    WorkflowRepository workflows;

    public HistoryFilter of(User caller, HistoryParameters parameters) {
        HistoryFilter filter = HistoryFilterParser.parse(parameters);
        for (String workflowId : filter.workflowIds()) {
            projectAccess.visible(workflows.workflow(caller.workspaceId(), workflowId), Workflow::projectId)
                    .orElseThrow(() -> new NotFoundException("workflow " + Quoted.value(workflowId) + " not found"));
        }
        for (String projectId : filter.projectIds()) {
            projectAccess.require(caller.workspaceId(), projectId);
        }
        return filter.hiding(projectAccess.hidden().ids());
    }
}
