package io.millrace.application.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.domain.execution.Execution;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ExecutionFeedTest {
    private final ExecutionFeed feed = new ExecutionFeed();

    private static Execution execution(String id, String workflowId) {
        return new Execution(id, workflowId, "d_1", "hi_1", "{}", "{}", 1_000L);
    }

    @Test
    void aListenerHearsTheChangesOfItsWorkflowOnly() {
        List<ExecutionFeed.Change> heard = new ArrayList<>();
        feed.listen("p_1", heard::add);
        feed.changed(execution("e_1", "p_1"));
        feed.changed(execution("e_2", "p_2"));
        assertEquals(List.of(new ExecutionFeed.Change("e_1", "p_1", "queued")), heard);
    }

    @Test
    void aStoppedListenerHearsNothingMore() {
        List<ExecutionFeed.Change> heard = new ArrayList<>();
        Consumer<ExecutionFeed.Change> listener = heard::add;
        feed.listen("p_1", listener);
        feed.stop("p_1", listener);
        feed.changed(execution("e_1", "p_1"));
        assertEquals(List.of(), heard);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        List<ExecutionFeed.Change> heard = new ArrayList<>();
        feed.listen("p_1", change -> {
            throw new IllegalStateException("gone");
        });
        feed.listen("p_1", heard::add);
        feed.changed(execution("e_1", "p_1"));
        assertEquals(1, heard.size());
    }
}
