package io.millrace.application.workflow;

/**
 * Who deploys a version and why.
 *
 * @param userId  the user deploying (null for none)
 * @param message the deploy message, or null
 */
public record Author(String userId, String message) {
}
