package io.millrace.application.intake;

import io.millrace.runtime.HttpReply;
import java.util.concurrent.CompletableFuture;

/**
 * An event accepted for a workflow.
 *
 * @param executionId    the execution that will run on it
 * @param reply          when the workflow responds with {@code $.respond}, completes with that response;
 *                       null when the workflow answers with the default response
 * @param timeoutSeconds the workflow's execution time limit
 */
public record Accepted(String executionId, CompletableFuture<HttpReply> reply, int timeoutSeconds) {
}
