package io.millrace.application.source;

import io.millrace.application.eventing.EventLog;
import io.millrace.domain.component.Component;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.SystemChannels;
import io.millrace.runtime.Emission;
import io.millrace.runtime.LogEntry;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.StepError;
import io.millrace.shared.JsonText;
import io.millrace.domain.source.Dedupe;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceMessage;
import io.millrace.domain.source.SourceRepository;
import io.millrace.domain.source.SourceRun;
import io.millrace.domain.source.TimerSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what a source run did, inside the caller's transaction (with the source row locked or new):
 * the emissions that pass the component's dedupe strategy go to the source's stream through
 * {@link EventLog} (which fires {@code Emitted} for subscriptions), an error to its {@code $errors}
 * channel, console lines to {@code $logs}; the new {@code $.service.db} contents and dedupe state
 * are stored with the source, and the run's result (status, logs, error, counts) with the run.
 */
@ApplicationScoped
public class SourceRecorder {
    /** Console lines of one run sent to {@code $logs}; the run record keeps up to {@value #MAX_RUN_LOGS}. */
    static final int MAX_LOG_EVENTS = 100;
    static final int MAX_RUN_LOGS = 1000;
    static final int MAX_MESSAGE = 10_000;
    private static final int KEEP_RUNS = 100;

    @Inject
    EventLog eventLog;
    @Inject
    SourceRepository sources;
    @Inject
    SourceQueue queue;
    @Inject
    SourceEventFeed feed;
    @Inject
    SourceInvoker invoker;

    /** Stores the finished phase of {@code run} (new or managed) of the source. */
    public void record(Source source, Component component, SourceRun run, SourceOutcome outcome, long now) {
        if (run.seq() == 0) {
            run.start(source.nextRunSeq(), now);
        }
        Dedupe.Result deduped = Dedupe.apply(component.dedupe(), source.dedupeJson(), outcome.emissions());
        List<EmittedEvent> stored = new ArrayList<>();
        for (int i = 0; i < deduped.kept().size(); i++) {
            stored.add(eventLog.append(source.workspaceId(), source.id(), storable(deduped.kept().get(i)),
                    run.id() + "-" + i, run.hops()));
        }
        feed.publishAfterCommit(source.id(), stored);
        String errorJson = null;
        String status = SourceRun.SUCCESS;
        if (!outcome.succeeded()) {
            StepError error = outcome.timedOut() && outcome.error() == null
                    ? new StepError("TIMEOUT", "the source did not finish within " + invoker.timeoutSeconds()
                    + " seconds", null) : outcome.error();
            status = outcome.timedOut() ? SourceRun.TIMEOUT : SourceRun.ERROR;
            errorJson = errorJson(error, now);
            appendError(source, run, error, now);
        }
        appendLogs(source, run, outcome.logs());
        source.state(outcome.dbJson() == null ? source.dbJson() : outcome.dbJson(), deduped.stateJson());
        run.finish(status, logsJson(outcome.logs()), errorJson, stored.size(), deduped.dropped(), now);
        if (source.pendingTimerRunId() != null && source.pendingTimerRunId().equals(run.id())) {
            source.pendingTimerRunId(null);
        }
        if (run.seq() % 50 == 0 && run.seq() > KEEP_RUNS) {
            sources.pruneRuns(source.id(), run.seq() - KEEP_RUNS);
        }
        feed.publishAfterCommit(source.id(), stored);
    }

    /** An event refused at the door (e.g. too large): a failed run and an {@code $errors} event. */
    public void refused(Source source, SourceRun run, String errorName, String message, long now) {
        StepError error = new StepError(errorName, message, null);
        run.start(source.nextRunSeq(), now);
        run.finish(SourceRun.ERROR, "[]", errorJson(error, now), 0, 0, now);
        sources.add(run);
        appendError(source, run, error, now);
    }

    /**
     * Supersedes any scheduled tick and, when the source is active and has a timer, schedules its first
     * tick (a durable, delayed message) in the caller's transaction.
     */
    public void reschedule(Source source, long now) {
        TimerSpec timer = source.active() ? source.timer() : null;
        long first = timer == null ? 0 : timer.first(now);
        int token = source.newTimerToken(first);
        if (timer != null) {
            queue.send(new SourceMessage.Tick(source.id(), token, first), first - now);
        }
    }

    private void appendError(Source source, SourceRun run, StepError error, long now) {
        JsonObjectBuilder context = Jsonp.createObjectBuilder().add("source_id", source.id()).add("run_id", run.id())
                .add("phase", run.phase());
        JsonObjectBuilder event = Jsonp.createObjectBuilder();
        if (run.eventJson() == null) {
            event.addNull("original_event");
        } else {
            event.add("original_event", JsonText.parse(run.eventJson()));
        }
        event.add("original_context", context).add("error", JsonText.parse(errorJson(error, now)));
        eventLog.append(source.workspaceId(), source.id(), new Emission(JsonText.write(event.build()), null,
                SystemChannels.ERRORS, cut(error.name() + ": " + error.message(), 1024), now), run.id() + "-error", run.hops());
    }

    private void appendLogs(Source source, SourceRun run, List<LogEntry> logs) {
        int n = Math.min(logs.size(), MAX_LOG_EVENTS);
        for (int i = 0; i < n; i++) {
            LogEntry log = logs.get(i);
            String message = i == MAX_LOG_EVENTS - 1 && logs.size() > MAX_LOG_EVENTS
                    ? "… " + (logs.size() - MAX_LOG_EVENTS + 1) + " more lines in the run's logs" : log.message();
            String json = JsonText.write(Jsonp.createObjectBuilder().add("level", log.level())
                    .add("ts", log.ts().toString()).add("message", cut(message, MAX_MESSAGE))
                    .add("run_id", run.id()).add("phase", run.phase()).build());
            eventLog.append(source.workspaceId(), source.id(), new Emission(json, null, SystemChannels.LOGS,
                    cut(message, 1024), log.ts().toEpochMilli()), run.id() + "-log-" + i, run.hops());
        }
    }

    static String errorJson(StepError error, long now) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("code", error.name()).add("name", error.name())
                .add("message", error.message() == null ? "" : error.message())
                .add("ts", Instant.ofEpochMilli(now).toString());
        if (error.stack() == null) {
            b.addNull("stack");
        } else {
            b.add("stack", error.stack());
        }
        return JsonText.write(b.build());
    }

    private static String logsJson(List<LogEntry> logs) {
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        logs.stream().limit(MAX_RUN_LOGS).forEach(l -> a.add(Jsonp.createObjectBuilder().add("level", l.level())
                .add("ts", l.ts().toString()).add("message", cut(l.message(), MAX_MESSAGE))));
        return JsonText.write(a.build());
    }

    /** The emission with its id, channel and summary cut to what the event columns hold. */
    private static Emission storable(Emission e) {
        return new Emission(e.eventJson() == null ? "null" : e.eventJson(), cut(e.id(), 512), cut(e.name(), 255),
                cut(e.summary(), 1024), e.ts());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
