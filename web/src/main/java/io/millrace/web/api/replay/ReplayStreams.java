package io.millrace.web.api.replay;

import io.millrace.application.replay.BulkReplays;
import io.millrace.application.replay.ReplayJobView;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The progress streams of replay jobs: each stream looks at its job every {@value #PERIOD_MS} ms and sends a
 * {@code progress} event (the job as {@code GET /v1/replays/{id}} shows it) when it changed, a {@code :keepalive}
 * comment when it did not for {@value #KEEPALIVE_MS} ms, and ends after the event that shows the job settled
 * (stopped, completed, failed, abandoned).
 */
@ApplicationScoped
public class ReplayStreams {
    static final long PERIOD_MS = 1_000;
    static final long KEEPALIVE_MS = 15_000;
    private static final Logger LOG = Logger.getLogger(ReplayStreams.class.getName());

    @Inject
    BulkReplays replays;
    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Sends the job's progress now (404 for a job that is not the workspace's), then as it changes. */
    void open(String workspaceId, String jobId, SseEventSink sink, Sse sse) {
        ReplayJobView first = replays.view(workspaceId, jobId);
        Stream stream = new Stream(workspaceId, jobId, sink, sse);
        if (stream.send(first)) {
            stream.future = scheduler.scheduleWithFixedDelay(stream::tick, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    private final class Stream {
        private final String workspaceId;
        private final String jobId;
        private final SseEventSink sink;
        private final Sse sse;
        private volatile ScheduledFuture<?> future;
        private String last;
        private long lastSentAt;

        Stream(String workspaceId, String jobId, SseEventSink sink, Sse sse) {
            this.workspaceId = workspaceId;
            this.jobId = jobId;
            this.sink = sink;
            this.sse = sse;
        }

        void tick() {
            try {
                if (sink.isClosed()) {
                    end();
                    return;
                }
                if (!send(replays.view(workspaceId, jobId))) {
                    end();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "replay stream " + jobId + " ended", e);
                end();
            }
        }

        /** Sends the view when it changed; false when the stream is over (the job settled, or the client left). */
        boolean send(ReplayJobView view) {
            JsonObject json = ReplayJson.of(view).build();
            String text = json.toString();
            long now = System.currentTimeMillis();
            if (!text.equals(last)) {
                last = text;
                lastSentAt = now;
                sink.send(sse.newEventBuilder().name("progress").id(Integer.toString(view.job().handled()))
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, text).build());
            } else if (now - lastSentAt >= KEEPALIVE_MS) {
                lastSentAt = now;
                sink.send(sse.newEventBuilder().comment("keepalive").build());
            }
            if (view.job().status().settled()) {
                sink.close();
                return false;
            }
            return !sink.isClosed();
        }

        private void end() {
            if (future != null) {
                future.cancel(false);
            }
            if (!sink.isClosed()) {
                sink.close();
            }
        }
    }
}
