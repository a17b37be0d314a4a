package io.millrace.application.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.execution.SseRecord;
import io.millrace.domain.execution.SseRecordRepository;
import io.millrace.runtime.SseEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The SSE destination's recent events are stored: a destination started later (a restart, another node) has them. */
class SseDestinationTest {
    /** The stored events, shared by the destinations of the test as a database would be. */
    private final Map<String, SseRecord> rows = new LinkedHashMap<>();

    private final SseRecordRepository repository = new SseRecordRepository() {
        @Override
        public void add(List<SseRecord> records) {
            records.forEach(r -> rows.putIfAbsent(r.id(), r));
        }

        @Override
        public List<SseRecord> recent(String workflowId, int limit) {
            List<SseRecord> mine = rows.values().stream().filter(r -> r.workflowId().equals(workflowId))
                    .sorted(Comparator.comparingLong(SseRecord::seq)).toList();
            return mine.subList(Math.max(0, mine.size() - limit), mine.size());
        }

        @Override
        public List<SseRecord> find(List<String> ids) {
            return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public void trim(String workflowId, int keep) {
            List<SseRecord> kept = recent(workflowId, keep);
            rows.values().removeIf(r -> r.workflowId().equals(workflowId) && !kept.contains(r));
        }
    };

    private SseDestination destination() {
        SseRecords records = new SseRecords();
        records.records = repository;
        SseDestination destination = new SseDestination();
        destination.stored = records;
        return destination;
    }

    private static List<SseDestination.Published> received(SseDestination destination, String workflowId) {
        List<SseDestination.Published> got = new ArrayList<>();
        destination.listen(workflowId, got::add);
        return got;
    }

    @Test
    void aClientOfADestinationStartedLaterGetsTheRecentEventsInOrderWithTheirIds() {
        SseDestination before = destination();
        before.publish("wf_1", "ex_1", List.of(new SseEvent("names", "{\"name\":\"Luke\"}"),
                new SseEvent("names", "{\"name\":\"Han\"}")));
        before.publish("wf_2", "ex_2", List.of(new SseEvent("other", "1")));
        List<SseDestination.Published> first = received(before, "wf_1");

        SseDestination after = destination(); // nothing in memory: a restart, or another node
        List<SseDestination.Published> later = received(after, "wf_1");

        assertEquals(List.of("{\"name\":\"Luke\"}", "{\"name\":\"Han\"}"),
                later.stream().map(p -> p.event().payloadJson()).toList());
        assertEquals(first.stream().map(SseDestination.Published::seq).toList(),
                later.stream().map(SseDestination.Published::seq).toList());
        after.publish("wf_1", "ex_3", List.of(new SseEvent("names", "{\"name\":\"Leia\"}")));
        assertTrue(later.get(later.size() - 1).seq() > first.get(1).seq(), "ids keep growing across the restart");
        assertEquals("{\"name\":\"Leia\"}", later.get(later.size() - 1).event().payloadJson());
    }

    @Test
    void aClientOfAnotherNodeGetsTheNewEventsTheNoteNames() {
        SseDestination there = destination();
        SseDestination here = destination();
        List<SseDestination.Published> got = received(here, "wf_1");
        there.publish("wf_1", "ex_1", List.of(new SseEvent("a", "1"), new SseEvent("b", "2")));
        assertEquals(List.of(), got, "another node's events come with its note");

        here.read("wf_1", SseRecord.idOf("wf_1", "ex_1", 0) + " " + SseRecord.idOf("wf_1", "ex_1", 1));

        assertEquals(List.of("a", "b"), got.stream().map(p -> p.event().channel()).toList());
        assertEquals("sse-destination", here.kind());
    }

    @Test
    void onlyTheMostRecentEventsOfAWorkflowAreKept() {
        SseDestination destination = destination();
        destination.publish("wf_1", "ex_1", IntStream.range(0, SseDestination.RECENT + 5)
                .mapToObj(i -> new SseEvent("n", Integer.toString(i))).toList());

        List<SseDestination.Published> later = received(destination(), "wf_1");
        assertEquals(SseDestination.RECENT, rows.size());
        assertEquals("5", later.get(0).event().payloadJson());
        assertEquals(Integer.toString(SseDestination.RECENT + 4), later.get(later.size() - 1).event().payloadJson());
    }
}
