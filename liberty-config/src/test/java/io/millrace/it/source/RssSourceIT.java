package io.millrace.it.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.FeedServer;
import io.millrace.it.support.Sources;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's RSS example (/rest-api/examples/rss) end to end against a feed this test serves: find the
 * component in the registry, create the source by key, read its events; dedupe across polls. And the seed's RSS
 * trigger: a workflow triggered by such a source runs for each new item.
 */
class RssSourceIT {
    private final Api api = Api.server();
    private FeedServer feed;

    @BeforeEach
    void start() {
        feed = new FeedServer();
        feed.add(8159, Instant.parse("2026-01-01T10:00:00Z"));
        feed.add(8160, Instant.parse("2026-01-01T11:00:00Z"));
        feed.add(8161, Instant.parse("2026-01-01T12:00:00Z"));
    }

    @AfterEach
    void stop() {
        feed.close();
    }

    @Test
    void theRssExampleEndToEnd() {
        JsonObject component = api.get("/v1/components/registry/rss-new-item-in-feed").json().getJsonObject("data");
        JsonArray props = component.getJsonArray("configurable_props");
        assertEquals(List.of("url", "timer"), props.stream().map(p -> p.asJsonObject().getString("name")).toList());

        JsonObject s = Sources.create(api, "{\"key\": \"rss-new-item-in-feed\", \"name\": \"test-rss-" + System.nanoTime()
                + "\", \"configured_props\": { \"url\": \"" + feed.url() + "\", \"timer\": { \"intervalSeconds\": 1 }}}");
        String id = s.getString("id");
        assertEquals(1, s.getJsonObject("configured_props").getJsonObject("timer").getInt("interval_seconds"));

        // created: the feed's items, oldest first (by pubDate), in the seed's event shape
        List<JsonValue> items = Sources.awaitEmitted(api, id, 3, 60);
        JsonObject first = items.get(0).asJsonObject();
        assertEquals("https://example.com/8159", first.getString("guid"));
        assertEquals("https://example.com/8159", first.getString("permalink"));
        assertEquals("https://example.com/8159", first.getString("link"));
        assertEquals("Example post 8159", first.getString("title"));
        assertEquals("https://example.com/8161", items.get(2).asJsonObject().getString("guid"));
        JsonObject summary = Sources.events(api, id).getJsonObject(0);
        assertEquals("Example post 8161", summary.getJsonObject("metadata").getString("summary"));
        assertEquals("https://example.com/8161", summary.getJsonObject("metadata").getString("id"));
        assertEquals(Instant.parse("2026-01-01T12:00:00Z").toEpochMilli(),
                summary.getJsonObject("metadata").getJsonNumber("ts").longValue());

        // two more polls of the same feed: nothing new
        JsonArray runs = Sources.awaitRuns(api, id, r -> Sources.finished(r, "timer") >= 2, 60);
        JsonObject poll = runs.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("cause").equals("timer")
                && r.getString("status").equals("success")).findFirst().orElseThrow();
        assertEquals(0, poll.getInt("emitted"));
        assertEquals(3, poll.getInt("deduped"));
        assertEquals(3, Sources.events(api, id).size());
        assertTrue(feed.requests() >= 3, "the deploy hook and the polls read the feed");

        // a new item: one event
        feed.add(8162, Instant.parse("2026-01-01T13:00:00Z"));
        List<JsonValue> after = Sources.awaitEmitted(api, id, 4, 60);
        assertEquals("https://example.com/8162", after.get(3).asJsonObject().getString("guid"));
        long polls = Sources.finished(Sources.runs(api, id), "timer");
        Sources.awaitRuns(api, id, r -> Sources.finished(r, "timer") >= polls + 2, 60);
        assertEquals(4, Sources.events(api, id).size(), "the new item is emitted once");

        // the seed's batch read
        JsonObject page = api.get("/v1/sources/" + id + "/event_summaries?limit=2").json();
        assertEquals(4, page.getJsonObject("page_info").getInt("total_count"));
        assertEquals(2, page.getJsonArray("data").size());
        api.delete("/v1/sources/" + id);
    }
    /** The seed's RSS trigger (/workflows/building-workflows/triggers, "RSS"): an RSS source triggers a workflow. */
    @Test
    void anRssSourceTriggersAWorkflowWithEachNewItem() {
        JsonObject s = Sources.create(api, "{\"key\": \"rss-new-item-in-feed\", \"name\": \"rss-trigger-" + System.nanoTime()
                + "\", \"configured_props\": { \"url\": \"" + feed.url() + "\", \"timer\": { \"intervalSeconds\": 1 }}}");
        String sourceId = s.getString("id");
        Sources.awaitEmitted(api, sourceId, 3, 60);
        Api.Reply created = api.post("/v1/workflows", "{\"name\":\"rss-wf-" + System.nanoTime() + "\",\"triggers\":[{\"type\":"
                + "\"source\",\"source_id\":\"" + sourceId + "\"}],\"steps\":[{\"name\":\"title\",\"code\":\"export default "
                + "defineComponent({ async run({ steps }) { return steps.trigger.event.title } })\"}]}");
        assertEquals(200, created.status(), created.body());
        String workflowId = created.json().getJsonObject("data").getString("id");

        feed.add(8170, Instant.parse("2026-01-02T10:00:00Z"));
        JsonObject ex = api.awaitExecution(workflowId, e -> e.getString("status").equals("success"));
        assertEquals("Example post 8170", ex.getJsonArray("steps").getJsonObject(0).getString("$return_value"), ex.toString());
        assertEquals(sourceId, ex.getJsonObject("trigger").getJsonObject("context").getString("emitter_id"));
        assertEquals("https://example.com/8170", ex.getJsonObject("trigger").getJsonObject("event").getString("guid"));
        api.delete("/v1/workflows/" + workflowId);
        api.delete("/v1/sources/" + sourceId);
    }
}
