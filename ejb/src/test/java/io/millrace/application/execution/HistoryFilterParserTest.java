package io.millrace.application.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.execution.TriggerType;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The history's filter parameters, from a query or a body's {@code filter}, into one {@code HistoryFilter}. */
class HistoryFilterParserTest {
    private static HistoryFilter query(List<String> status, List<String> workflows, List<String> projects,
                                       List<String> triggers, String replayed, String q, String since, String until) {
        return HistoryFilterParser.parse(HistoryParameters.ofQuery(status, workflows, projects, triggers, replayed, q,
                since, until));
    }

    private static HistoryFilter body(String filterJson) {
        return HistoryFilterParser.parse(HistoryParameters.fromJson(JsonText.parse(filterJson), "filter"));
    }

    private static void bad(String field, Runnable parse) {
        InvalidInputException e = assertThrows(InvalidInputException.class, parse::run);
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void nothingGivenNarrowsNothing() {
        HistoryFilter f = query(null, null, null, null, null, null, null, null);
        assertFalse(f.narrows());
        assertEquals(Set.of(), f.statuses());
        assertNull(f.replayed());
        assertNull(f.errorText());
        assertFalse(query(List.of(""), List.of(""), null, null, "", "  ", "", "").narrows(), "empty values are not given");
    }

    @Test
    void repeatableParametersTakeRepeatsAndCommaListsAlike() {
        HistoryFilter f = query(List.of("error,timeout", "cancelled"), List.of("p_1", "p_2,p_3"), List.of("proj_1"),
                List.of("http", "source , workflow", "email,schedule"), null, null, null, null);
        assertEquals(Set.of(ExecutionStatus.ERROR, ExecutionStatus.TIMEOUT, ExecutionStatus.CANCELLED), f.statuses());
        assertEquals(Set.of("p_1", "p_2", "p_3"), f.workflowIds());
        assertEquals(Set.of("proj_1"), f.projectIds());
        assertEquals(Set.of(TriggerType.HTTP, TriggerType.SOURCE, TriggerType.WORKFLOW, TriggerType.EMAIL,
                TriggerType.SCHEDULE), f.triggerTypes());
        assertTrue(f.narrows());
    }

    @Test
    void replayedTextAndTimes() {
        assertEquals(Boolean.TRUE, query(null, null, null, null, "true", null, null, null).replayed());
        assertEquals(Boolean.FALSE, query(null, null, null, null, "false", null, null, null).replayed());
        assertEquals("typeerror: cannot read", query(null, null, null, null, null, "  TypeError: Cannot read ", null,
                null).errorText(), "trimmed, lower-case as the stored text");
        HistoryFilter f = query(null, null, null, null, null, null, "2026-12-07", "2026-12-07T10:15:30+01:00");
        assertEquals(1796601600000L, f.since());
        assertEquals(1796634930000L, f.until());
    }

    @Test
    void badValuesNameTheirParameter() {
        bad("status", () -> query(List.of("done"), null, null, null, null, null, null, null));
        bad("status", () -> query(List.of("success,"), null, null, null, null, null, null, null));
        bad("workflow_id", () -> query(null, List.of("p_1,,p_2"), null, null, null, null, null, null));
        bad("trigger_type", () -> query(null, null, null, List.of("fax"), null, null, null, null));
        bad("replayed", () -> query(null, null, null, null, "yes", null, null, null));
        bad("replayed", () -> query(null, null, null, null, "TRUE", null, null, null));
        bad("q", () -> query(null, null, null, null, null, "x".repeat(201), null, null));
        bad("since", () -> query(null, null, null, null, null, null, "yesterday", null));
        bad("until", () -> query(null, null, null, null, null, null, null, "2026-13-01"));
        bad("until", () -> query(null, null, null, null, null, null, "2026-12-07", "2026-12-01"));
        bad("project_id", () -> query(null, null, Collections.nCopies(1, String.join(",",
                java.util.stream.IntStream.range(0, 101).mapToObj(i -> "proj_" + i).toList())), null, null, null, null,
                null));
    }

    @Test
    void aBodysFilterTakesStringsArraysAndABooleanAndNamesItsFields() {
        HistoryFilter f = body("{\"status\": [\"error\", \"timeout\"], \"workflow_id\": \"p_1,p_2\", \"replayed\": false,"
                + " \"q\": \"Timeout\", \"until\": \"2000-01-01\"}");
        assertEquals(Set.of(ExecutionStatus.ERROR, ExecutionStatus.TIMEOUT), f.statuses());
        assertEquals(Set.of("p_1", "p_2"), f.workflowIds());
        assertEquals(Boolean.FALSE, f.replayed());
        assertEquals("timeout", f.errorText());
        assertEquals(946684800000L, f.until());
        assertFalse(body("{\"status\": null}").narrows(), "null is not given");
        bad("filter.status", () -> body("{\"status\": \"done\"}"));
        bad("filter.status", () -> body("{\"status\": [1]}"));
        bad("filter.since", () -> body("{\"since\": 5}"));
        bad("filter.replayed", () -> body("{\"replayed\": 1}"));
        bad("filter.until", () -> body("{\"since\": \"2026-12-07\", \"until\": \"2026-12-01\"}"));
        bad("filter.colour", () -> body("{\"colour\": \"red\"}"));
        bad("filter", () -> body("[]"));
    }

    @Test
    void theFilterNarrowsToAMomentAndHidesProjects() {
        HistoryFilter f = query(List.of("error"), null, null, null, null, null, null, "2026-12-07");
        assertEquals(1000L, f.untilAtMost(1000L).until());
        assertEquals(f.until(), f.untilAtMost(Long.MAX_VALUE).until());
        assertEquals(Set.of("proj_x"), f.hiding(Set.of("proj_x")).hiddenProjects());
        assertEquals(Set.of(ExecutionStatus.PAUSED), f.withStatuses(Set.of(ExecutionStatus.PAUSED)).statuses());
    }
}
