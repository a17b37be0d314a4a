package io.millrace.web.api.execution;

import io.millrace.application.execution.ExecutionFeed;
import io.millrace.shared.Jsonp;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.function.Consumer;

/**
 * One client's SSE stream of a workflow's executions: each change is sent as an {@code execution} event whose
 * {@code id:} is the execution's id and whose data is {@code {"id", "workflow_id", "status"}}.
 */
final class ExecutionStream implements Consumer<ExecutionFeed.Change> {
    private final String workflowId;
    private final SseEventSink sink;
    private final Sse sse;
    private final Consumer<ExecutionStream> onClose;
    private boolean closed;

    ExecutionStream(String workflowId, SseEventSink sink, Sse sse, Consumer<ExecutionStream> onClose) {
        this.workflowId = workflowId;
        this.sink = sink;
        this.sse = sse;
        this.onClose = onClose;
    }

    String workflowId() {
        return workflowId;
    }

    @Override
    public synchronized void accept(ExecutionFeed.Change change) {
        if (closed) {
            return;
        }
        String data = Jsonp.createObjectBuilder().add("id", change.executionId()).add("workflow_id", change.workflowId())
                .add("status", change.status()).build().toString();
        write(sse.newEventBuilder().name("execution").id(change.executionId()).mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, data).build());
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
