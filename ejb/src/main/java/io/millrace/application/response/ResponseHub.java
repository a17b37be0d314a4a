package io.millrace.application.response;

import io.millrace.runtime.HttpReply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connects an HTTP caller waiting for {@code $.respond} with the step that responds. The caller
 * registers before its execution is queued; the first reply wins, later ones are ignored.
 * In-process: the caller and the worker run on the same server node.
 */
@ApplicationScoped
public class ResponseHub {
    private final Map<String, CompletableFuture<HttpReply>> waiting = new ConcurrentHashMap<>();

    public CompletableFuture<HttpReply> expect(String executionId) {
        return waiting.computeIfAbsent(executionId, id -> new CompletableFuture<>());
    }

    /** @return true when a caller was waiting for this execution */
    public boolean reply(String executionId, HttpReply reply) {
        CompletableFuture<HttpReply> future = waiting.remove(executionId);
        return future != null && future.complete(reply);
    }

    public boolean isWaiting(String executionId) {
        return waiting.containsKey(executionId);
    }

    public void forget(String executionId) {
        waiting.remove(executionId);
    }
}
