package io.millrace.web.api.source;

import io.millrace.application.source.SourceEventFeed;
import io.millrace.application.source.SourceEvents;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.workspace.User;
import io.millrace.web.api.support.OpenStreams;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;

/**
 * The open SSE streams of sources. A new stream first gets the source's last {@value #REPLAY} events
 * (or those after its {@code Last-Event-ID}), oldest first, then every new event as its run commits;
 * a {@code :keepalive} comment goes to every stream each {@value #KEEPALIVE_SECONDS} seconds, which
 * also notices clients that went away.
 */
@ApplicationScoped
public class SourceStreams {
    static final int REPLAY = 100;
    static final int KEEPALIVE_SECONDS = 15;

    @Inject
    SourceEvents events;
    @Inject
    SourceEventFeed feed;

    private OpenStreams<SourceStream> open;

    @PostConstruct
    void start() {
        open = new OpenStreams<>("millrace-sse-keepalive", KEEPALIVE_SECONDS);
    }

    /** Checks the source (404 for an unknown one) and starts streaming to the sink. */
    void open(User caller, String sourceId, String lastEventId, SseEventSink sink, Sse sse) {
        SourceStream stream = new SourceStream(sourceId, sink, sse, this::closed);
        feed.listen(sourceId, stream);
        List<EmittedEvent> replay;
        try {
            replay = events.replay(caller, sourceId, lastEventId, REPLAY);
        } catch (RuntimeException e) {
            feed.stop(sourceId, stream);
            throw e;
        }
        open.add(stream);
        stream.replay(replay);
    }

    private void closed(SourceStream stream) {
        open.remove(stream);
        feed.stop(stream.sourceId(), stream);
    }

    @PreDestroy
    void shutdown() {
        open.closeAll();
    }
}
