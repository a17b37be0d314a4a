package io.millrace.application.source;

import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.events.EmittedEventRepository;
import io.millrace.shared.PageRequest;
import io.millrace.shared.EventId;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Page;
import io.millrace.domain.source.SourceMessage;
import io.millrace.domain.workspace.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reading a source's events (outside transactions) and asking for their deletion. Lists are newest
 * first; {@code after=<end_cursor>} gives the next (older) page and {@code before=<start_cursor>} the
 * previous (newer) one, as in every list of the API; cursors are event ids.
 */
@ApplicationScoped
public class SourceEvents {

    @Inject
    SourceService sources;
    @Inject
    EmittedEventRepository events;
    @Inject
    SourceQueue queue;

    /**
     * @param channel null for the events the source emitted, or {@code $errors} / {@code $logs}
     */
    public Page<EmittedEvent> summaries(User caller, String sourceId, String channel, int limit, String after,
                                        String before) {
        sources.find(caller, sourceId);
        PageRequest.check(limit, after, before);
        EventId older = EventId.param(after, "after");
        EventId newer = EventId.param(before, "before");
        List<EmittedEvent> items = events.page(sourceId, channel, newer, older, limit);
        return Page.of(items, events.count(sourceId, channel), EmittedEvent::id);
    }

    /**
     * The source's events to replay to a new stream listener, oldest first: those after {@code lastEventId}
     * when given, otherwise the most recent {@code limit}.
     */
    public List<EmittedEvent> replay(User caller, String sourceId, String lastEventId, int limit) {
        sources.find(caller, sourceId);
        EventId last = lastEventId == null || lastEventId.isBlank() ? null : EventId.parse(lastEventId.trim());
        List<EmittedEvent> items = new ArrayList<>(events.page(sourceId, null, last, null, limit));
        Collections.reverse(items);
        return items;
    }

    /** Queues the deletion of the events from {@code startId} to {@code endId} (both included; either may be null). */
    public void requestDelete(User caller, String sourceId, String startId, String endId) {
        sources.find(caller, sourceId);
        EventId start = EventId.param(startId, "start_id");
        EventId end = EventId.param(endId, "end_id");
        if (start != null && end != null && start.compareTo(end) > 0) {
            throw new InvalidInputException("end_id", "end_id must not be before start_id");
        }
        queue.send(new SourceMessage.DeleteEvents(sourceId, start, end), 0);
    }
}
