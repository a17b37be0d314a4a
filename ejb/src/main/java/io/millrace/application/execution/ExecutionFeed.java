package io.millrace.application.execution;

import io.millrace.application.cluster.NoteBoard;
import io.millrace.application.cluster.NoteReader;
import io.millrace.domain.execution.Execution;
import io.millrace.shared.Listeners;
import io.millrace.shared.TransactionEnd;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Live listeners of workflows' executions (the executions SSE endpoint): a change of an execution's status
 * (stored, started, paused, ended) is handed to the listeners of its workflow once the transaction that made it
 * has committed, never for a rolled-back one. Nothing is registered for workflows nobody listens to, so the
 * execution path pays one map lookup. On a cluster every change is also told to the other nodes after the
 * commit (a note of kind {@code execution}, {@link NoteBoard#tellSoon}), whose listeners hear it in the order
 * this node made them.
 */
@ApplicationScoped
public class ExecutionFeed implements NoteReader {
    static final String KIND = "execution";

    private static final Logger LOG = Logger.getLogger(ExecutionFeed.class.getName());

    /** One change: the execution, its workflow and its status after the change (wire name). */
    public record Change(String executionId, String workflowId, String status) {
    }

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    NoteBoard board;

    private final Listeners<Change> listeners = new Listeners<>(LOG, "an execution listener of");

    public void listen(String workflowId, Consumer<Change> listener) {
        listeners.add(workflowId, listener);
    }

    public void stop(String workflowId, Consumer<Change> listener) {
        listeners.remove(workflowId, listener);
    }

    /** The execution's status changed in the current transaction (or, outside one, has changed). */
    public void changed(Execution execution) {
        boolean clustered = board != null && board.clustered();
        if (!clustered && !listeners.any(execution.workflowId())) {
            return;
        }
        Change change = new Change(execution.id(), execution.workflowId(), execution.status().wireName());
        if (transactions == null || transactions.getTransactionKey() == null) {
            committed(change, clustered);
            return;
        }
        TransactionEnd.afterCommit(transactions, () -> committed(change, clustered));
    }

    private void committed(Change change, boolean clustered) {
        listeners.deliver(change.workflowId(), change);
        if (clustered) {
            board.tellSoon(KIND, change.workflowId(), change.executionId() + " " + change.status());
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Another node's change: its listeners here hear it. */
    @Override
    public void read(String workflowId, String body) {
        if (!listeners.any(workflowId)) {
            return;
        }
        int space = body.indexOf(' ');
        listeners.deliver(workflowId, new Change(body.substring(0, space), workflowId, body.substring(space + 1)));
    }
}
