package io.millrace.web.api.source;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.shared.EventId;
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
final class SourceStream implements Consumer<EmittedEvent> {
    private final String sourceId;
    private final SseEventSink sink;
    private final Sse sse;
    private final Consumer<SourceStream> onClose;
    private final List<EmittedEvent> held = new ArrayList<>();
    private boolean replaying = true;
    private EventId last;
    private boolean closed;

    SourceStream(String sourceId, SseEventSink sink, Sse sse, Consumer<SourceStream> onClose) {
        this.sourceId = sourceId;
        this.sink = sink;
        this.sse = sse;
        this.onClose = onClose;
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

    synchronized void keepalive() {
        if (!closed) {
            write(sse.newEventBuilder().comment("keepalive").build());
        }
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            onClose.accept(this);
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    private void send(EmittedEvent event) {
        EventId id = EventId.parse(event.id());
        if (closed || id == null || (last != null && id.compareTo(last) <= 0)) {
            return;
        }
        last = id;
        OutboundSseEvent.Builder b = sse.newEventBuilder().id(event.id()).mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, SourceEventJson.render(event, true).build().toString());
        if (!event.channel().isEmpty()) {
            b.name(event.channel());
        }
        write(b.build());
    }

    private void write(OutboundSseEvent event) {
        if (sink.isClosed()) {
            close();
            return;
        }
        sink.send(event).whenComplete((ok, failure) -> {
            if (failure != null) {
                close();
            }
        });
    }
}
