package io.millrace.application.response;

import io.millrace.runtime.HttpReply;
import java.util.concurrent.CompletableFuture;

/**
 * An event accepted at an HTTP endpoint, for a workflow or a source.
 *
 * @param executionId    the execution (for a source: the run) that will run on it
 * @param reply          when the workflow responds with {@code $.respond}, completes with that response;
 *                       null when the workflow answers with the default response
 * @param timeoutSeconds the workflow's execution time limit (for a source: its run time limit)
 */
public record Accepted(String executionId, CompletableFuture<HttpReply> reply, int timeoutSeconds) {
}
