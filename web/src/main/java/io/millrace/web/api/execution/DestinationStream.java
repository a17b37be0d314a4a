package io.millrace.web.api.execution;

import io.millrace.application.execution.SseDestination;
import io.millrace.web.api.support.SseStream;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.function.Consumer;

/**
 * One client's stream of a workflow's SSE destination: each event named by its channel, its payload as data and its
 * sequence number as {@code id:} (an event handed over twice, while the recent ones are replayed, is sent once).
 */
final class DestinationStream extends SseStream<DestinationStream> implements Consumer<SseDestination.Published> {
    private final String workflowId;
    private long lastSeq;

    DestinationStream(String workflowId, SseEventSink sink, Sse sse, Consumer<DestinationStream> onClose) {
        super(sink, sse, onClose);
        this.workflowId = workflowId;
    }

    String workflowId() {
        return workflowId;
    }

    @Override
    public synchronized void accept(SseDestination.Published published) {
        if (isClosed() || published.seq() <= lastSeq) {
            return;
        }
        lastSeq = published.seq();
        write(event().name(published.event().channel()).id(Long.toString(published.seq()))
                .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, published.event().payloadJson()).build());
    }
}
