package io.millrace.application.source;

import io.millrace.domain.component.ComponentRepository;
import io.millrace.domain.events.EmittedEventRepository;
import io.millrace.runtime.SourceOutcome;
import io.millrace.shared.EventId;
import io.millrace.shared.Ids;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceMessage;
import io.millrace.domain.source.SourceRepository;
import io.millrace.domain.source.SourceRun;
import io.millrace.domain.source.TimerSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * The short transactions around source runs: queueing an HTTP run, handling a timer tick, taking and
 * releasing a source's lease, storing a finished run, deleting events. Each locks the source row, so
 * they are serialised per source on every node.
 */
@ApplicationScoped
@Transactional
public class SourceRunStore {
    private static final Logger LOG = Logger.getLogger(SourceRunStore.class.getName());

    @Inject
    SourceRepository sources;
    @Inject
    ComponentRepository components;
    @Inject
    EmittedEventRepository events;
    @Inject
    SourceQueue queue;
    @Inject
    SourceRecorder recorder;

    /** What trying to take a lease found. */
    public enum LeaseState { ACQUIRED, BUSY, GONE, FINISHED }

    /**
     * The result of {@link #acquire}.
     *
     * @param source a detached copy of the source as it was when the lease was taken
     * @param run    the run marked running (null for a hook)
     */
    public record Lease(LeaseState state, String token, Source source, SourceRun run) {
    }

    /** Stores an HTTP request to the source as the queued run {@code runId} and queues it. */
    public void queueHttpRun(String sourceId, String runId, String eventJson) {
        SourceRun run = new SourceRun(runId, sourceId, "run", "http", eventJson, System.currentTimeMillis());
        sources.add(run);
        queue.send(new SourceMessage.Run(run.id()), 0);
    }

    /**
     * Stores an event of a subscribed emitter as a queued run ({@code run(event)}, cause {@code event}) of
     * the source and queues it; does nothing when the source is gone or inactive.
     */
    /**
     * Sends every queued run its message again (see {@code InDoubtDispatches}); a run that has finished
     * or runs already by the time a message arrives is skipped, so a second message does no harm.
     *
     * @return how many were sent again
     */
    public int requeueQueued() {
        List<String> ids = sources.queuedRunIds();
        ids.forEach(id -> queue.send(new SourceMessage.Run(id), 0));
        return ids.size();
    }

    public void queueEventRun(String workspaceId, String sourceId, String eventJson, int hops) {
        if (sources.find(workspaceId, sourceId).filter(Source::active).isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        SourceRun run = new SourceRun(Ids.ordered(now), sourceId, "run", "event", eventJson, now);
        run.hops(hops);
        sources.add(run);
        queue.send(new SourceMessage.Run(run.id()), 0);
    }

    /** Records an HTTP request refused at the door (too large) as a failed run with an {@code $errors} event. */
    public void refuseHttpRun(String sourceId, String eventJson, String errorName, String message) {
        sources.lock(sourceId).ifPresent(source -> {
            long now = System.currentTimeMillis();
            recorder.refused(source, new SourceRun(Ids.ordered(now), sourceId, "run", "http", eventJson, now),
                    errorName, message, now);
        });
    }

    /**
     * A timer tick: when it is the source's current one, schedules the next tick and queues a run with the
     * timer event (unless the previous timer run is still queued or running: ticks do not pile up).
     */
    public void tick(SourceMessage.Tick tick) {
        Source source = sources.lock(tick.sourceId()).orElse(null);
        TimerSpec timer = source == null ? null : source.timer();
        if (source == null || !source.active() || timer == null || source.timerToken() != tick.token()
                || source.nextTickAt() != tick.fireAt()) {
            return;
        }
        long now = System.currentTimeMillis();
        long next = timer.next(tick.fireAt(), now);
        source.nextTickAt(next);
        queue.send(new SourceMessage.Tick(source.id(), tick.token(), next), next - now);
        String pending = source.pendingTimerRunId();
        if (pending != null && sources.run(pending).filter(r -> !r.finished()).isPresent()) {
            LOG.fine(() -> "source " + source.id() + ": tick skipped, run " + pending + " has not finished");
            return;
        }
        SourceRun run = new SourceRun(Ids.ordered(now), source.id(), "run", "timer",
                timer.event(tick.fireAt()).toString(), now);
        sources.add(run);
        source.pendingTimerRunId(run.id());
        queue.send(new SourceMessage.Run(run.id()), 0);
    }

    /**
     * Takes the source's lease until {@code until} when no one holds it; with a run, marks it running.
     *
     * @param runId the queued run to start, or null for a lifecycle hook
     */
    public Lease acquire(String sourceId, String runId, long until) {
        Source source = sources.lock(sourceId).orElse(null);
        if (source == null) {
            return new Lease(LeaseState.GONE, null, null, null);
        }
        SourceRun run = runId == null ? null : sources.run(runId).orElse(null);
        if (runId != null && (run == null || run.finished())) {
            return new Lease(LeaseState.FINISHED, null, null, null);
        }
        long now = System.currentTimeMillis();
        if (!source.leaseFree(now)) {
            return new Lease(LeaseState.BUSY, null, null, null);
        }
        String token = Ids.random("l_");
        source.lease(token, until);
        if (run != null) {
            run.start(source.nextRunSeq(), now);
        }
        return new Lease(LeaseState.ACQUIRED, token, source, run);
    }

    public void release(String sourceId, String token) {
        sources.lock(sourceId).ifPresent(source -> source.release(token));
    }

    /** Stores a finished run and releases the lease. A run of a source deleted meanwhile is just closed. */
    public void finish(String runId, String token, SourceOutcome outcome) {
        SourceRun run = sources.run(runId).orElse(null);
        if (run == null) {
            return;
        }
        long now = System.currentTimeMillis();
        Source source = sources.lock(run.sourceId()).orElse(null);
        if (source == null) {
            run.finish(SourceRun.CANCELLED, "[]", null, 0, 0, now);
            return;
        }
        components.find(source.componentId()).ifPresent(c -> recorder.record(source, c, run, outcome, now));
        source.release(token);
    }

    /** Closes a queued run that will not run (its source was deleted). */
    public void cancel(String runId) {
        sources.run(runId).filter(r -> !r.finished())
                .ifPresent(r -> r.finish(SourceRun.CANCELLED, "[]", null, 0, 0, System.currentTimeMillis()));
    }

    /** Deletes the source's events with {@code start <= id <= end} (null: open). */
    public int deleteEvents(String sourceId, EventId start, EventId end) {
        return events.deleteRange(sourceId, start, end);
    }

    /** Removes the events and runs of a deleted source. */
    public void purge(String sourceId) {
        if (sources.find(null, sourceId).isEmpty()) {
            events.deleteAll(sourceId);
            sources.deleteRuns(sourceId);
        }
    }
}
