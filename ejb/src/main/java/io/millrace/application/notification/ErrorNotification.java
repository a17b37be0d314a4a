package io.millrace.application.notification;

/**
 * One workflow error to notify: which workflow, deployment (whose settings say whether to notify; null: the
 * workflow's live one) and execution, the error's name, message and step (may be null), and when it was recorded
 * (epoch ms).
 */
public record ErrorNotification(String workflowId, String deploymentId, String executionId, String name,
                                String message, String step, long atMs) {
}
