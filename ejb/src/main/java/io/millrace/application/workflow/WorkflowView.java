package io.millrace.application.workflow;

import io.millrace.domain.workflow.EmailTrigger;
import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import java.util.List;

/**
 * A workflow with its current deployment, HTTP triggers and email triggers (whose addresses are
 * {@code <key>@<emailDomain>}), for the API to render.
 */
public record WorkflowView(Workflow workflow, WorkflowDeployment deployment, List<HttpTrigger> httpTriggers,
                           List<EmailTrigger> emailTriggers, String emailDomain) {

    /** A workflow without email triggers. */
    public WorkflowView(Workflow workflow, WorkflowDeployment deployment, List<HttpTrigger> httpTriggers) {
        this(workflow, deployment, httpTriggers, List.of(), "localhost");
    }

    /** The address of an email trigger of this workflow. */
    public String emailAddress(EmailTrigger trigger) {
        return trigger.key() + "@" + emailDomain;
    }
}
