package io.millrace.it.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.Sources;
import io.millrace.it.support.Wait;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A source's events: dedupe strategies, event summaries with cursors, truncation, and deleting ranges. */
class SourceEventsIT {
    /** Emits each item of the JSON array it is POSTed, with meta.id and meta.ts from the item. */
    static final String EMITTER = Fixtures.text("components/emitter.mjs");
    private final Api api = Api.server();

    private JsonObject emitter(String dedupe) {
        return Sources.fromCode(api, "emitter", EMITTER.replace("DEDUPE", dedupe == null ? "" : "dedupe: \"" + dedupe + "\","),
                null);
    }

    /** POSTs the body and waits for its run to finish. */
    private void send(JsonObject source, String json) {
        String id = source.getString("id");
        long before = Sources.finished(Sources.runs(api, id), "http");
        Sources.send(api, source, json);
        Sources.awaitRuns(api, id, runs -> Sources.finished(runs, "http") == before + 1, 60);
    }

    /** The meta.id of the source's events, oldest first. */
    private List<String> ids(JsonObject source) {
        List<String> out = new ArrayList<>();
        JsonArray data = Sources.events(api, source.getString("id"));
        for (int i = data.size() - 1; i >= 0; i--) {
            out.add(data.getJsonObject(i).getJsonObject("metadata").getString("id"));
        }
        return out;
    }

    /** The event ids, oldest first. */
    private List<String> eventIds(String sourceId) {
        List<String> out = new ArrayList<>();
        JsonArray data = Sources.events(api, sourceId);
        for (int i = data.size() - 1; i >= 0; i--) {
            out.add(data.getJsonObject(i).getString("id"));
        }
        return out;
    }

    @Test
    void uniqueEmitsEachIdOnce() {
        JsonObject s = emitter("unique");
        send(s, "[{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"a\"}]");
        send(s, "[{\"id\": \"b\"}, {\"id\": \"c\"}]");
        assertEquals(List.of("a", "b", "c"), ids(s));
        JsonObject run = Sources.runs(api, s.getString("id")).getJsonObject(0);
        assertEquals(1, run.getInt("emitted"));
        assertEquals(1, run.getInt("deduped"));
    }

    @Test
    void greatestEmitsOnlyLargerIds() {
        JsonObject s = emitter("greatest");
        send(s, "[{\"id\": 5}, {\"id\": 3}]");
        send(s, "[{\"id\": 6}, {\"id\": 5}, {\"id\": 4}, {\"id\": 10}]");
        send(s, "[{\"id\": 9}]");
        assertEquals(List.of("5", "3", "6", "10"), ids(s));
    }

    @Test
    void lastEmitsOnlyWhatFollowsThePreviousRunsLastEvent() {
        JsonObject s = emitter("last");
        send(s, "[{\"id\": \"c\", \"ts\": 3000}, {\"id\": \"b\", \"ts\": 2000}, {\"id\": \"a\", \"ts\": 1000}]");
        assertEquals(List.of("a", "b", "c"), ids(s), "events with ts are emitted oldest first");
        send(s, "[{\"id\": \"b\"}, {\"id\": \"c\"}, {\"id\": \"d\"}]");
        send(s, "[{\"id\": \"x\"}]");
        assertEquals(List.of("a", "b", "c", "d", "x"), ids(s));
    }

    @Test
    void cursorsPageOver250EventsWithoutMissingOrRepeatingOne() {
        JsonObject s = emitter(null);
        String id = s.getString("id");
        send(s, "{\"n\": 250}");
        JsonObject newest = api.get("/v1/sources/" + id + "/event_summaries?limit=100").json();
        assertEquals(250, newest.getJsonObject("page_info").getInt("total_count"));
        List<JsonObject> pages = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        JsonObject page = newest;
        while (true) {
            pages.add(page);
            page.getJsonArray("data").forEach(v -> seen.add(v.asJsonObject().getString("id")));
            if (page.getJsonArray("data").size() < 100) {
                break;
            }
            page = api.get("/v1/sources/" + id + "/event_summaries?limit=100&after="
                    + page.getJsonObject("page_info").getString("end_cursor")).json();
        }
        assertEquals(List.of(100, 100, 50), pages.stream().map(p -> p.getJsonObject("page_info").getInt("count")).toList());
        assertEquals(250, seen.size());
        assertEquals(250, new HashSet<>(seen).size(), "no event twice");
        List<String> metaIds = new ArrayList<>();
        pages.forEach(p -> p.getJsonArray("data").forEach(v -> metaIds.add(v.asJsonObject().getJsonObject("metadata").getString("id"))));
        for (int i = 0; i < 250; i++) {
            assertEquals(String.valueOf(249 - i), metaIds.get(i), "newest first, none missing");
        }
        JsonObject last = pages.get(2);
        JsonObject back = api.get("/v1/sources/" + id + "/event_summaries?limit=100&before="
                + last.getJsonObject("page_info").getString("start_cursor")).json();
        assertEquals(pages.get(1).getJsonArray("data"), back.getJsonArray("data"), "before gives the newer page");
        JsonObject info = newest.getJsonObject("page_info");
        assertEquals(newest.getJsonArray("data").getJsonObject(0).getString("id"), info.getString("start_cursor"));
        assertEquals(newest.getJsonArray("data").getJsonObject(99).getString("id"), info.getString("end_cursor"));

        JsonObject ten = api.get("/v1/sources/" + id + "/event_summaries?limit=10").json();
        assertEquals(10, ten.getJsonArray("data").size(), "the seed's ?limit=10: the last 10 events");
        assertEquals("249", ten.getJsonArray("data").getJsonObject(0).getJsonObject("metadata").getString("id"));
        assertEquals(100, api.get("/v1/sources/" + id + "/event_summaries").json().getJsonArray("data").size(),
                "the last 100 without a limit");
        assertEquals(400, api.get("/v1/sources/" + id + "/event_summaries?limit=101").status());
        assertEquals(400, api.get("/v1/sources/" + id + "/event_summaries?after=nonsense").status());
    }

    @Test
    void eventsOver1KbAreTruncatedUnlessExpanded() {
        JsonObject s = emitter(null);
        String pad = "x".repeat(2000);
        send(s, "{\"n\": 1, \"pad\": \"" + pad + "\"}");
        String id = s.getString("id");
        JsonValue cut = api.get("/v1/sources/" + id + "/event_summaries").json().getJsonArray("data").getJsonObject(0).get("event");
        assertTrue(cut instanceof JsonString, cut.toString());
        assertTrue(((JsonString) cut).getString().endsWith("...[truncated; pass expand=event for the full event]"));
        JsonObject full = api.get("/v1/sources/" + id + "/event_summaries?expand=event").json().getJsonArray("data")
                .getJsonObject(0).getJsonObject("event");
        assertEquals(pad, full.getString("pad"));
        JsonObject item = api.get("/v1/sources/" + id + "/event_summaries?expand=event").json().getJsonArray("data").getJsonObject(0);
        assertEquals(java.util.Set.of("id", "indexed_at_ms", "event", "metadata", "e", "k", "ts", "sum"), item.keySet());
        assertEquals(item.get("event"), item.get("e"), "e is the event (an object) for Pipedream's SDK");
        assertEquals("emit", item.getString("k"));
        assertEquals(item.getJsonObject("metadata").getJsonNumber("ts"), item.getJsonNumber("ts"));
        assertEquals(java.util.Set.of("emitter_id", "emit_id", "name", "id", "summary", "ts"),
                item.getJsonObject("metadata").keySet());
        assertEquals(id, item.getJsonObject("metadata").getString("emitter_id"));
        assertEquals("", item.getJsonObject("metadata").getString("name"), "the default channel");
        assertEquals("item 0", item.getJsonObject("metadata").getString("summary"));
    }

    @Test
    void theSeedsThreeDeleteExamples() {
        // start_id only: that event and the later ones go
        JsonObject a = threeEvents();
        List<String> ids = eventIds(a.getString("id"));
        assertEquals(202, api.delete("/v1/sources/" + a.getString("id") + "/events?start_id=" + ids.get(1)).status());
        assertEquals(List.of(ids.get(0)), awaitIds(a.getString("id"), 1));

        // end_id only: up to and including that event
        JsonObject b = threeEvents();
        ids = eventIds(b.getString("id"));
        assertEquals(202, api.delete("/v1/sources/" + b.getString("id") + "/events?end_id=" + ids.get(1)).status());
        assertEquals(List.of(ids.get(2)), awaitIds(b.getString("id"), 1));

        // both the same: that one event
        JsonObject c = threeEvents();
        ids = eventIds(c.getString("id"));
        assertEquals(202, api.delete("/v1/sources/" + c.getString("id") + "/events?start_id=" + ids.get(1)
                + "&end_id=" + ids.get(1)).status());
        assertEquals(List.of(ids.get(0), ids.get(2)), awaitIds(c.getString("id"), 2));

        // no parameters: all of them
        assertEquals(202, api.delete("/v1/sources/" + c.getString("id") + "/events").status());
        assertEquals(List.of(), awaitIds(c.getString("id"), 0));

        assertEquals(400, api.delete("/v1/sources/" + c.getString("id") + "/events?start_id=yesterday").status());
        assertEquals(400, api.delete("/v1/sources/" + c.getString("id") + "/events?start_id=2-0&end_id=1-0").status());
    }

    private JsonObject threeEvents() {
        JsonObject s = emitter(null);
        send(s, "[{\"id\": \"1\"}, {\"id\": \"2\"}, {\"id\": \"3\"}]");
        List<String> ids = eventIds(s.getString("id"));
        assertEquals(3, ids.size());
        for (String id : ids) {
            assertTrue(id.matches("\\d{13}-\\d+"), id);
        }
        return s;
    }

    private List<String> awaitIds(String sourceId, int n) {
        return Wait.until(n + " events left in " + sourceId, 30, () -> eventIds(sourceId), l -> l.size() == n);
    }
}
