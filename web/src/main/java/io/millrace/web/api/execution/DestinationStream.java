package io.millrace.web.api.execution;

import io.millrace.application.execution.SseDestination;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.function.Consumer;

/**
 * One client's stream of a workflow's SSE destination: each event named by its channel, its payload as data and its
 * sequence number as {@code id:} (an event handed over twice, while the recent ones are replayed, is sent once).
 */
final class DestinationStream implements Consumer<SseDestination.Published> {
    private final String workflowId;
    private final SseEventSink sink;
    private final Sse sse;
    private final Consumer<DestinationStream> onClose;
    private long lastSeq;
    private boolean closed;

    DestinationStream(String workflowId, SseEventSink sink, Sse sse, Consumer<DestinationStream> onClose) {
        this.workflowId = workflowId;
        this.sink = sink;
        this.sse = sse;
        this.onClose = onClose;
    }

    String workflowId() {
        return workflowId;
    }

    @Override
    public synchronized void accept(SseDestination.Published published) {
        if (closed || published.seq() <= lastSeq) {
            return;
        }
        lastSeq = published.seq();
        write(sse.newEventBuilder().name(published.event().channel()).id(Long.toString(published.seq()))
                .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, published.event().payloadJson()).build());
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
