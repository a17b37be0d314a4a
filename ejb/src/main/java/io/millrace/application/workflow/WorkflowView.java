package io.millrace.application.workflow;

import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import java.util.List;

/** A workflow with its current deployment and HTTP triggers, for the API to render. */
public record WorkflowView(Workflow workflow, WorkflowDeployment deployment, List<HttpTrigger> httpTriggers) {
}
