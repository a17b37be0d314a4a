package io.millrace.web.api.execution;

import io.millrace.application.execution.ExecutionQueries;
import io.millrace.application.execution.SseDestination;
import io.millrace.domain.workspace.User;
import io.millrace.web.api.support.OpenStreams;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The open streams of workflows' SSE destinations. A stream first gets the workflow's recent events, then each new
 * one; a {@code :keepalive} comment goes to every stream each {@value #KEEPALIVE_SECONDS} seconds (seed: "roughly
 * every 15 seconds"), which also notices clients that went away.
 */
@ApplicationScoped
public class DestinationStreams {
    static final int KEEPALIVE_SECONDS = 15;

    @Inject
    ExecutionQueries queries;
    @Inject
    SseDestination destination;

    private OpenStreams<DestinationStream> open;

    @PostConstruct
    void start() {
        open = new OpenStreams<>("millrace-destination-sse-keepalive", KEEPALIVE_SECONDS);
    }

    /** Checks the workflow (404 for one the caller may not see) and starts streaming to the sink. */
    void open(User caller, String workflowId, SseEventSink sink, Sse sse) {
        queries.checkWorkflow(caller, workflowId);
        DestinationStream stream = new DestinationStream(workflowId, sink, sse, this::closed);
        open.add(stream);
        sink.send(sse.newEventBuilder().comment("connected to the SSE destination of " + workflowId).build());
        destination.listen(workflowId, stream);
    }

    private void closed(DestinationStream stream) {
        open.remove(stream);
        destination.stop(stream.workflowId(), stream);
    }

    @PreDestroy
    void shutdown() {
        open.closeAll();
    }
}
