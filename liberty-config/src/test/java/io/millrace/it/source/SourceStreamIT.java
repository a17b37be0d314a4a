package io.millrace.it.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.Sources;
import io.millrace.it.support.SseClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/sources/{id}/sse} (and the seed's {@code /sources/{id}/sse}) with a real streaming client. */
class SourceStreamIT {
    private final Api api = Api.server();
    private final String key = System.getProperty("millrace.it.api.key");

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aClientGetsTheLastEventsThenNewOnesAsTheyAreEmitted() throws Exception {
        JsonObject s = Sources.fromCode(api, "streamed", Fixtures.text("components/emitter.mjs").replace("DEDUPE", ""), null);
        String id = s.getString("id");
        Sources.send(api, s, "[{\"id\": \"1\"}, {\"id\": \"2\", \"channel\": \"alerts\"}]");
        Sources.awaitEmitted(api, id, 2, 60);
        String third;
        try (SseClient sse = new SseClient(api.base() + "/v1/sources/" + id + "/sse", key, null)) {
            assertEquals(200, sse.status());
            assertTrue(sse.contentType().startsWith("text/event-stream"), sse.contentType());
            SseClient.Event first = sse.next(30);
            assertNull(first.name(), "the default channel has no event name");
            JsonObject summary = json(first.data());
            assertEquals(first.id(), summary.getString("id"));
            assertEquals("1", summary.getJsonObject("metadata").getString("id"));
            assertEquals("1", summary.getJsonObject("event").getString("id"));
            SseClient.Event second = sse.next(30);
            assertEquals("alerts", second.name());
            assertEquals("2", json(second.data()).getJsonObject("metadata").getString("id"));

            Sources.send(api, s, "[{\"id\": \"3\"}]");
            SseClient.Event live = sse.next(60);
            third = live.id();
            assertEquals("3", json(live.data()).getJsonObject("metadata").getString("id"));
            assertNull(sse.poll(2), "each event once");
        }
        // the seed's path (no /v1), resuming after the second event with Last-Event-ID
        String secondId = Sources.events(api, id).getJsonObject(1).getString("id");
        try (SseClient resumed = new SseClient(api.base() + "/sources/" + id + "/sse", key, secondId)) {
            assertEquals(200, resumed.status());
            assertEquals(third, resumed.next(30).id());
            assertNull(resumed.poll(2));
        }
    }

    @Test
    void anUnknownSourceOrMissingKeyIsRefused() throws Exception {
        try (SseClient sse = new SseClient(api.base() + "/v1/sources/dc_nosuchid/sse", key, null)) {
            assertEquals(404, sse.status());
        }
        try (SseClient sse = new SseClient(api.base() + "/sources/dc_nosuchid/sse", "wrong-key", null)) {
            assertEquals(401, sse.status());
        }
    }
}
