package io.millrace.web.api.source;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.shared.EventId;
import io.millrace.web.api.support.SseStream;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One client's SSE stream of a source. Each event is sent with {@code id:} its event id, {@code event:}
 * its channel (none for the default channel, so {@code EventSource.onmessage} gets it) and {@code data:}
 * its summary JSON in full (as {@code event_summaries?expand=event} shows it). Live events that arrive
 * while the replay is being sent are held back and sent after it; an event is never sent twice.
 */
final class SourceStream extends SseStream<SourceStream> implements Consumer<EmittedEvent> {
    private final String sourceId;
    private final List<EmittedEvent> held = new ArrayList<>();
    private boolean replaying = true;
    private EventId last;

    SourceStream(String sourceId, SseEventSink sink, Sse sse, Consumer<SourceStream> onClose) {
        super(sink, sse, onClose);
        this.sourceId = sourceId;
    }

    String sourceId() {
        return sourceId;
    }

    /** Sends the stored events, then the live ones that arrived meanwhile. */
    synchronized void replay(List<EmittedEvent> stored) {
        stored.forEach(this::send);
        replaying = false;
        held.forEach(this::send);
        held.clear();
    }

    /** A live event (called after its run committed). */
    @Override
    public synchronized void accept(EmittedEvent event) {
        if (replaying) {
            held.add(event);
        } else {
            send(event);
        }
    }

    private void send(EmittedEvent event) {
        EventId id = EventId.parse(event.id());
        if (isClosed() || id == null || (last != null && id.compareTo(last) <= 0)) {
            return;
        }
        last = id;
        OutboundSseEvent.Builder b = event().id(event.id()).mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, SourceEventJson.render(event, true).build().toString());
        if (!event.channel().isEmpty()) {
            b.name(event.channel());
        }
        write(b.build());
    }
}
