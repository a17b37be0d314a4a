package io.millrace.web.api.execution;

import io.millrace.application.execution.ExecutionFeed;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.SseStream;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.function.Consumer;

/**
 * One client's SSE stream of a workflow's executions: each change is sent as an {@code execution} event whose
 * {@code id:} is the execution's id and whose data is {@code {"id", "workflow_id", "status"}}.
 */
final class ExecutionStream extends SseStream<ExecutionStream> implements Consumer<ExecutionFeed.Change> {
    private final String workflowId;

    ExecutionStream(String workflowId, SseEventSink sink, Sse sse, Consumer<ExecutionStream> onClose) {
        super(sink, sse, onClose);
        this.workflowId = workflowId;
    }

    String workflowId() {
        return workflowId;
    }

    @Override
    public synchronized void accept(ExecutionFeed.Change change) {
        if (isClosed()) {
            return;
        }
        String data = Jsonp.createObjectBuilder().add("id", change.executionId()).add("workflow_id", change.workflowId())
                .add("status", change.status()).build().toString();
        write(event().name("execution").id(change.executionId()).mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, data).build());
    }
}
