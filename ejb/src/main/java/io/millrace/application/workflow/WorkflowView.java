package io.millrace.application.workflow;

import io.millrace.domain.workflow.EmailTrigger;
import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.ScheduleTimer;
import io.millrace.domain.workflow.ScheduleTimerRepository;
import io.millrace.domain.workflow.TriggerSpec;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A workflow with its current deployment, HTTP triggers, email triggers (whose addresses are
 * {@code <key>@<emailDomain>}) and the stored timers of its schedule triggers (by trigger id; empty when none
 * is stored yet), for the API to render.
 */
public record WorkflowView(Workflow workflow, WorkflowDeployment deployment, List<HttpTrigger> httpTriggers,
                           List<EmailTrigger> emailTriggers, String emailDomain,
                           Map<String, ScheduleTimer> scheduleTimers) {

    /** A workflow without email triggers or stored timers. */
    public WorkflowView(Workflow workflow, WorkflowDeployment deployment, List<HttpTrigger> httpTriggers) {
        this(workflow, deployment, httpTriggers, List.of(), "localhost", Map.of());
    }

    /** The address of an email trigger of this workflow. */
    public String emailAddress(EmailTrigger trigger) {
        return trigger.key() + "@" + emailDomain;
    }

    /** The stored timers of the workflow's schedule triggers, read only when the deployment has one. */
    static Map<String, ScheduleTimer> timers(ScheduleTimerRepository repository, Workflow workflow,
            WorkflowDeployment deployment) {
        if (deployment.definition().triggers().stream().noneMatch(t -> TriggerSpec.SCHEDULE.equals(t.type()))) {
            return Map.of();
        }
        Map<String, ScheduleTimer> out = new HashMap<>();
        for (ScheduleTimer t : repository.ofWorkflow(workflow.id())) {
            out.put(t.id(), t);
        }
        return out;
    }
}
