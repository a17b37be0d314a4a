package io.millrace.infrastructure.messaging;

import io.millrace.application.execution.ExecutionStore;
import io.millrace.application.source.SourceRunStore;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With the embedded broker: when the server starts, before any message-driven bean is active, sends
 * the executions that were dispatched but never started a new message (with a new run token).
 *
 * <p>Why: a transaction that dispatched an execution commits the database and the broker together
 * (XA). When the server is killed between the two commits, Liberty's transaction recovery must finish
 * the broker's part at the next start, but it runs before the application has started the embedded
 * broker; Liberty retries, yet the dispatch message was seen to stay invisible (CrashRecoveryIT), which
 * left the execution queued for ever and its workflow's concurrency slot taken. Sending it again is
 * safe: the runner only runs a message whose token is the execution's current one, and no worker
 * runs yet. Queued source runs get their message again too (a run that finished is skipped). It runs
 * after {@code FirstStart}, which creates the tables outside any transaction (PostgreSQL aborts a
 * transaction in which EclipseLink's existence check fails), and a failure is logged, never fatal. An external broker is reachable by recovery at start and is shared by several nodes, so
 * this is not done there: the broker keeps every message across a crash (a lane's too, a delayed one with its
 * delivery time) and gives the one a killed worker held to another worker, which is enough for every lane to finish
 * (ExecutionRunnerLanesTest); sending new messages with new run tokens from a starting node would also cut off the
 * lanes the other nodes are running.
 */
@Singleton
@Startup
@DependsOn({"EmbeddedBroker", "FirstStart"})
public class InDoubtDispatches {
    private static final Logger LOG = Logger.getLogger(InDoubtDispatches.class.getName());

    @Inject
    EmbeddedBroker broker;
    @Inject
    ExecutionStore store;
    @Inject
    SourceRunStore sourceRuns;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void redispatch() {
        if (!broker.embedded()) {
            return;
        }
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not queue again the dispatched executions and source runs", e);
        }
    }

    private void sweep() {
        int sent = store.redispatchNotStarted();
        if (sent > 0) {
            LOG.info(() -> sent + " dispatched executions that had not started were queued again");
        }
        int lanes = store.resumeLanes();
        if (lanes > 0) {
            LOG.info(() -> lanes + " executions with blocks that were executing were queued again, lane by lane");
        }
        int runs = sourceRuns.requeueQueued();
        if (runs > 0) {
            LOG.info(() -> runs + " queued source runs were queued again");
        }
    }
}
