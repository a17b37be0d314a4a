package io.millrace.application.workflow;

import io.millrace.application.email.EmailSettings;
import io.millrace.domain.workflow.EmailTriggerRepository;
import io.millrace.domain.workflow.ScheduleTimerRepository;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads what a {@link WorkflowView} shows besides the workflow: its deployment and its triggers' state. */
@ApplicationScoped
public class WorkflowViews {
    @Inject
    WorkflowRepository workflows;
    @Inject
    EmailTriggerRepository emailTriggers;
    @Inject
    EmailSettings emailSettings;
    @Inject
    ScheduleTimerRepository scheduleTimers;

    WorkflowView of(Workflow workflow) {
        WorkflowDeployment deployment = workflows.deployment(workflow.deploymentId()).orElseThrow();
        return new WorkflowView(workflow, deployment, workflows.httpTriggers(workflow.id()),
                emailTriggers.ofWorkflow(workflow.id()), emailSettings.domain(),
                WorkflowView.timers(scheduleTimers, workflow, deployment));
    }
}
