package io.millrace.it.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.Receiver;
import io.millrace.it.support.Sources;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The component API's lifecycle: deploy and activate on create, deactivate then activate on an update,
 * deactivate and activate on active false/true, deactivate on delete; each hook with the source's
 * {@code $.service.db}, which persists between hooks and runs.
 */
class SourceLifecycleIT {
    /** Records each hook and run (PREFIX + phase) in $.service.db, POSTs it to {@code callback} and emits it. */
    static final String LIFECYCLE = Fixtures.text("components/lifecycle.mjs");
    private final Api api = Api.server();
    private Receiver receiver;

    @BeforeEach
    void start() {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static String code(String prefix) {
        return LIFECYCLE.replace("PREFIX", "\"" + prefix + "\"");
    }

    private List<String> calls() {
        return receiver.received().stream().map(r -> r.getString("phase") + ":" + r.getString("label")).toList();
    }

    private void post(String url) {
        assertEquals(200, api.raw(api.request(url).POST(HttpRequest.BodyPublishers.ofString("{}"))).status());
    }

    @Test
    void eachHookRunsAtItsMomentWithThePersistedDb() {
        JsonObject s = Sources.fromCode(api, "lifecycle", code(""), "{\"callback\": \"" + receiver.url() + "\"}");
        String id = s.getString("id");
        String endpoint = Sources.endpoint(s, "http");
        assertEquals(List.of("deploy:v1", "activate:v1"), calls(), "create runs deploy, then activate");
        receiver.received().forEach(r -> assertEquals(endpoint, r.getString("endpoint"), "this.http.endpoint"));
        assertEquals(List.of("deploy", "activate"), Sources.phases(Sources.runs(api, id)));
        assertEquals(List.of("deploy", "activate"), Sources.emitted(api, id).stream()
                .map(e -> e.asJsonObject().getString("phase")).toList(), "hooks may emit");

        post(endpoint);
        receiver.await(3);
        JsonValue run = Sources.awaitEmitted(api, id, 3, 60).get(2);
        assertEquals(Json.createArrayBuilder().add("deploy:v1").add("activate:v1").add("run:v1").build(),
                run.asJsonObject().getJsonArray("history"), "$.service.db persists across hooks and runs");

        JsonObject updated = api.put("/v1/sources/" + id, "{\"configured_props\": {\"label\": \"v2\"}}").json()
                .getJsonObject("data");
        assertEquals("v2", updated.getJsonObject("configured_props").getString("label"));
        assertEquals(receiver.url(), updated.getJsonObject("configured_props").getString("callback"), "props merge");
        assertEquals(endpoint, Sources.endpoint(updated, "http"), "the endpoint survives an update");
        assertEquals(List.of("deploy:v1", "activate:v1", "run:v1", "deactivate:v1", "activate:v2"), calls(),
                "an update deactivates with the old props, then activates with the new ones");

        api.put("/v1/sources/" + id, "{\"active\": false}");
        api.put("/v1/sources/" + id, "{\"active\": false}");
        api.put("/v1/sources/" + id, "{\"name\": \"lifecycle renamed " + System.nanoTime() + "\"}");
        assertEquals(List.of("deploy:v1", "activate:v1", "run:v1", "deactivate:v1", "activate:v2", "deactivate:v2"),
                calls(), "deactivating twice runs deactivate once; a rename runs no hook");
        api.put("/v1/sources/" + id, "{\"active\": true}");
        assertEquals("activate:v2", calls().get(6));

        Api.Reply newCode = api.put("/v1/sources/" + id, Json.createObjectBuilder()
                .add("component_code", code("new-")).build().toString());
        assertEquals(200, newCode.status(), newCode.body());
        assertNotEquals(s.getString("component_id"), newCode.json().getJsonObject("data").getString("component_id"));
        assertEquals(List.of("deactivate:v2", "new-activate:v2"), calls().subList(7, 9),
                "new code: deactivate runs the old code, activate the new");

        post(endpoint);
        receiver.await(10);
        JsonObject last = Sources.awaitEmitted(api, id, 10, 60).get(9).asJsonObject();
        assertEquals("new-run", last.getString("phase"));
        assertEquals(10, last.getJsonArray("history").size(), "one entry per hook and run so far");

        assertEquals(204, api.delete("/v1/sources/" + id).status());
        assertEquals("new-deactivate", receiver.await(11).get(10).getString("phase"), "delete deactivates");
        assertEquals(11, receiver.received().size());
    }

    @Test
    void runsRecordTheirLogsAndHooksInOrder() {
        JsonObject s = Sources.fromCode(api, "logs", """
                export default {
                  name: "Logs",
                  props: { http: { type: "$.interface.http" } },
                  hooks: { async activate() { console.log("activating", { n: 1 }); } },
                  async run(event) { console.log("got", event.body); this.$emit(event.body); },
                };""", null);
        String id = s.getString("id");
        assertEquals(List.of("activate"), Sources.phases(Sources.runs(api, id)));
        JsonObject activate = Sources.runs(api, id).getJsonObject(0);
        assertEquals("hook", activate.getString("cause"));
        assertEquals("success", activate.getString("status"));
        assertEquals("activating { n: 1 }", activate.getJsonArray("logs").getJsonObject(0).getString("message"));
        api.raw(api.request(Sources.endpoint(s, "http")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"x\":1}")));
        JsonObject run = Sources.awaitRuns(api, id, r -> Sources.finished(r, "http") == 1, 60).getJsonObject(0);
        assertEquals("run", run.getString("phase"));
        assertEquals("success", run.getString("status"));
        assertEquals(1, run.getInt("emitted"));
        assertEquals("got { x: 1 }", run.getJsonArray("logs").getJsonObject(0).getString("message"));
        assertEquals(1, run.getJsonObject("event").getJsonObject("body").getInt("x"));
        JsonObject logs = api.get("/v1/sources/" + id + "/$logs/event_summaries").json();
        assertEquals(2, logs.getJsonObject("page_info").getInt("total_count"));
        assertEquals("got { x: 1 }", logs.getJsonArray("data").getJsonObject(0).getJsonObject("event").getString("message"));
        assertEquals("$logs", logs.getJsonArray("data").getJsonObject(0).getJsonObject("metadata").getString("name"));
        assertEquals(1, Sources.events(api, id).size(), "logs are not among the emitted events");
    }

    @Test
    void aFailingDeployHookCreatesNothing() {
        String name = "broken-" + System.nanoTime();
        Api.Reply r = api.post("/v1/sources", Json.createObjectBuilder().add("name", name).add("component_code", """
                export default {
                  name: "Broken",
                  props: { db: "$.service.db" },
                  hooks: { async deploy() { throw new Error("cannot deploy"); } },
                  async run() {},
                };""").build().toString());
        assertEquals(400, r.status(), r.body());
        assertTrue(r.error().getString("message").contains("deploy hook failed: Error: cannot deploy"), r.body());
        assertTrue(api.get("/v1/users/me/sources?limit=100").json().getJsonArray("data").stream()
                .noneMatch(v -> v.asJsonObject().getString("name").equals(name)));
    }
}
