package io.millrace.application;

import io.millrace.workflow.HttpTrigger;
import io.millrace.workflow.Workflow;
import io.millrace.workflow.WorkflowDeployment;
import java.util.List;

/** A workflow with its current deployment and HTTP triggers, for the API to render. */
public record WorkflowView(Workflow workflow, WorkflowDeployment deployment, List<HttpTrigger> httpTriggers) {
}
