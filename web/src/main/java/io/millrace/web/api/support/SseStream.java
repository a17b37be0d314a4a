package io.millrace.web.api.support;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.function.Consumer;

/**
 * One client's Server-Sent Events stream: what its subclass makes of its items is sent to the client's sink, a
 * {@code :keepalive} comment when its owner asks, until the stream is closed. A send that fails, or one to a sink the
 * client closed, closes the stream; closing tells the owner ({@code onClose}) once.
 *
 * @param <S> the stream's own class, handed to {@code onClose}
 */
public abstract class SseStream<S extends SseStream<S>> {
    private final SseEventSink sink;
    private final Sse sse;
    private final Consumer<S> onClose;
    private boolean closed;

    protected SseStream(SseEventSink sink, Sse sse, Consumer<S> onClose) {
        this.sink = sink;
        this.sse = sse;
        this.onClose = onClose;
    }

    /** A new event to fill and {@link #write}. */
    protected final OutboundSseEvent.Builder event() {
        return sse.newEventBuilder();
    }

    /** Whether the stream is closed (read it in a method synchronized on the stream). */
    protected final boolean isClosed() {
        return closed;
    }

    public final synchronized void keepalive() {
        if (!closed) {
            write(sse.newEventBuilder().comment("keepalive").build());
        }
    }

    @SuppressWarnings("unchecked") // S is this stream's own class
    public final synchronized void close() {
        if (!closed) {
            closed = true;
            onClose.accept((S) this);
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    /** Sends the event (call it in a method synchronized on the stream). */
    protected final void write(OutboundSseEvent event) {
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
