package io.millrace.application.notification;

/**
 * One workflow error to notify: which workflow and execution, the error's name, message and step (may be null),
 * and when it was recorded (epoch ms).
 */
public record ErrorNotification(String workflowId, String executionId, String name, String message, String step,
                                long atMs) {
}
