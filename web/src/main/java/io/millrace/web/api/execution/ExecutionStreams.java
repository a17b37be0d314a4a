package io.millrace.web.api.execution;

import io.millrace.application.execution.ExecutionFeed;
import io.millrace.application.execution.ExecutionQueries;
import io.millrace.domain.workspace.User;
import io.millrace.web.api.support.OpenStreams;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The open SSE streams of workflows' executions. A stream first gets a {@code ready} event, then every change
 * as it commits; a {@code :keepalive} comment goes to every stream each {@value #KEEPALIVE_SECONDS} seconds,
 * which also notices clients that went away.
 */
@ApplicationScoped
public class ExecutionStreams {
    static final int KEEPALIVE_SECONDS = 15;

    @Inject
    ExecutionQueries queries;
    @Inject
    ExecutionFeed feed;

    private OpenStreams<ExecutionStream> open;

    @PostConstruct
    void start() {
        open = new OpenStreams<>("millrace-execution-sse-keepalive", KEEPALIVE_SECONDS);
    }

    /** Checks the workflow (404 for one the caller may not see) and starts streaming to the sink. */
    void open(User caller, String workflowId, SseEventSink sink, Sse sse) {
        queries.checkWorkflow(caller, workflowId);
        ExecutionStream stream = new ExecutionStream(workflowId, sink, sse, this::closed);
        open.add(stream);
        feed.listen(workflowId, stream);
        sink.send(sse.newEventBuilder().name("ready").data(String.class, "{\"workflow_id\":\"" + workflowId + "\"}")
                .build());
    }

    private void closed(ExecutionStream stream) {
        open.remove(stream);
        feed.stop(stream.workflowId(), stream);
    }

    @PreDestroy
    void shutdown() {
        open.closeAll();
    }
}
