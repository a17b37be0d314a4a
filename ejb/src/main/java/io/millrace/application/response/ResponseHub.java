package io.millrace.application.response;

import io.millrace.application.cluster.NoteBoard;
import io.millrace.application.cluster.NoteReader;
import io.millrace.runtime.HttpReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connects an HTTP caller waiting for {@code $.respond} with the step that responds. The caller
 * registers before its execution is queued; the first reply wins, later ones are ignored.
 * A caller waiting on this node is answered at once; otherwise, on a cluster, the reply goes to every node
 * as a note ({@link NoteBoard}) and the node holding the caller answers it (docs/cluster.md).
 */
@ApplicationScoped
public class ResponseHub implements NoteReader {
    static final String KIND = "respond";

    private final Map<String, CompletableFuture<HttpReply>> waiting = new ConcurrentHashMap<>();

    @Inject
    NoteBoard board;

    public CompletableFuture<HttpReply> expect(String executionId) {
        return waiting.computeIfAbsent(executionId, id -> new CompletableFuture<>());
    }

    /**
     * Answers the caller of this execution, here or on another node.
     *
     * @return true when a caller was waiting for this execution on this node
     */
    public boolean reply(String executionId, HttpReply reply) {
        if (answerHere(executionId, reply)) {
            return true;
        }
        if (mayWaitElsewhere()) {
            board.tell(KIND, executionId, ReplyText.write(reply));
        }
        return false;
    }

    public boolean isWaiting(String executionId) {
        return waiting.containsKey(executionId);
    }

    /** Whether a caller may wait for this execution on another node (then {@link #reply} tells them). */
    public boolean mayWaitElsewhere() {
        return board != null && board.clustered();
    }

    public void forget(String executionId) {
        waiting.remove(executionId);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** A reply another node's worker sent: answers the caller when it waits here. */
    @Override
    public void read(String executionId, String body) {
        if (waiting.containsKey(executionId)) {
            answerHere(executionId, ReplyText.read(body));
        }
    }

    private boolean answerHere(String executionId, HttpReply reply) {
        CompletableFuture<HttpReply> future = waiting.remove(executionId);
        return future != null && future.complete(reply);
    }
}
