package io.millrace.application;

import io.millrace.workflow.HttpTrigger;
import io.millrace.workflow.Workflow;
import io.millrace.workflow.WorkflowDeployment;

/** The workflow, deployment and trigger an incoming event is for. */
record TriggerTarget(HttpTrigger trigger, Workflow workflow, WorkflowDeployment deployment) {
}
