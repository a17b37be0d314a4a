package io.millrace.application.source;

import io.millrace.application.response.ResponseHub;
import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import io.millrace.runtime.HttpReply;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.SourcePhase;
import io.millrace.runtime.StepError;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceMessage;
import io.millrace.domain.source.SourceRepository;
import io.millrace.domain.source.SourceRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Handles the messages of the sources queue (called by the source workers, outside transactions):
 * runs a queued run while holding its source's lease, handles timer ticks and event deletions. A run
 * whose source is busy (another run or a hook holds the lease) is queued again a moment later; a run
 * that already finished (a redelivered message) is skipped.
 */
@ApplicationScoped
public class SourceRunner {
    static final String NO_RESPOND = "No respond() called in source";
    static final long BUSY_RETRY_MILLIS = 250;
    private static final Logger LOG = Logger.getLogger(SourceRunner.class.getName());

    @Inject
    SourceSecrets secrets;
    @Inject
    SourceRepository sources;
    @Inject
    ComponentRepository components;
    @Inject
    SourceRunStore store;
    @Inject
    SourceInvoker invoker;
    @Inject
    SourceQueue queue;
    @Inject
    ResponseHub responses;

    public void handle(String body) {
        SourceMessage message = SourceMessage.parse(body);
        if (message instanceof SourceMessage.Run run) {
            run(run.runId());
        } else if (message instanceof SourceMessage.Tick tick) {
            store.tick(tick);
        } else if (message instanceof SourceMessage.DeleteEvents delete) {
            int n = store.deleteEvents(delete.sourceId(), delete.start(), delete.end());
            LOG.fine(() -> "deleted " + n + " events of " + delete.sourceId());
        } else if (message instanceof SourceMessage.Purge purge) {
            store.purge(purge.sourceId());
        }
    }

    private void run(String runId) {
        SourceRun queued = sources.run(runId).orElse(null);
        if (queued == null || queued.finished()) {
            return;
        }
        long until = System.currentTimeMillis() + (invoker.timeoutSeconds() + 15L) * 1000;
        SourceRunStore.Lease lease = store.acquire(queued.sourceId(), runId, until);
        switch (lease.state()) {
            case BUSY -> {
                queue.send(new SourceMessage.Run(runId), BUSY_RETRY_MILLIS);
                return;
            }
            case GONE -> {
                store.cancel(runId);
                reply(runId, 404, "no active source has this endpoint");
                return;
            }
            case FINISHED -> {
                return;
            }
            default -> {
                // acquired
            }
        }
        Source source = lease.source();
        SourceOutcome outcome;
        java.util.concurrent.atomic.AtomicBoolean replied = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            Component component = components.find(source.componentId()).orElseThrow();
            outcome = invoker.invoke(new SourceInvoker.Target(source.id(), source.workspaceId(), source.projectId(), component, secrets.runtimeProps(source),
                            source.httpKey()), SourcePhase.RUN, queued.eventJson(), source.dbJson(),
                    reply -> {
                        replied.set(true);
                        responses.reply(runId, reply);
                    });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "run " + runId + " of source " + source.id() + " failed inside Millrace", e);
            outcome = new SourceOutcome(List.of(), source.dbJson(), List.of(), new StepError("InternalError",
                    "Millrace could not run this source; see the server log", null), false);
        }
        try {
            store.finish(runId, lease.token(), outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "run " + runId + " of source " + source.id() + " could not be stored", e);
            store.release(source.id(), lease.token());
            throw e;
        } finally {
            if (responses.isWaiting(runId)
                    || !replied.get() && source.customResponse() && responses.mayWaitElsewhere()) {
                reply(runId, 400, NO_RESPOND);
            }
        }
    }

    private void reply(String runId, int status, String text) {
        responses.reply(runId, new HttpReply(status, Map.of("content-type", "text/plain; charset=utf-8"),
                text.getBytes(StandardCharsets.UTF_8), false, false));
    }
}
