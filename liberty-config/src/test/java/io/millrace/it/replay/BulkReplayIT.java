package io.millrace.it.replay;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.SseClient;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/replays}: a Jakarta Batch job replays executions chosen by ids or by the history's filter, in their
 * original order, through the workflow's concurrency and queue (waiting when the queue is full), each original once;
 * stop, restart and abandon with their 409s; progress by GET and by SSE; bad input 400s naming the field; another
 * workspace's ids 404 and never replayed; the audit events.
 */
class BulkReplayIT {
    private static final String OK = "export default defineComponent({ async run() { return 1 } })";
    private static final String FAILS = "export default defineComponent({ async run() { throw new Error('broken') } })";

    private final Api admin = Api.server();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private LocalHttpServer recorder;

    @BeforeEach
    void startRecorder() {
        recorder = new LocalHttpServer().on("/seen", exchange -> {
            seen.add(exchange.getRequestURI().getQuery());
            LocalHttpServer.answer(exchange, 204, null, null);
        }).start();
    }

    @AfterEach
    void stopRecorder() {
        recorder.close();
    }

    /** A step that tells the recorder the event's {@code n} (and whether it is a replay), after {@code ms} ms. */
    private String recording(int ms) {
        return "export default defineComponent({ async run({ steps }) {"
                + " await new Promise(r => setTimeout(r, " + ms + "));"
                + " await fetch('" + recorder.url("/seen") + "?' + (steps.trigger.context.replay ? 'r' : 'o')"
                + " + steps.trigger.event.body.n); return steps.trigger.event.body.n } })";
    }

    private static JsonObject data(Api.Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static String ids(String... ids) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (String id : ids) {
            a.add(id);
        }
        return Json.createObjectBuilder().add("execution_ids", a).build().toString();
    }

    /** Sends events n = 0..count-1 one after another, each after the one before finished; returns their ids. */
    private static List<String> originals(Api api, JsonObject workflow, int count) {
        List<String> out = new ArrayList<>();
        String list = "/v1/workflows/" + workflow.getString("id") + "/executions?limit=1";
        for (int n = 0; n < count; n++) {
            int before = out.size();
            assertEquals(200, api.trigger(workflow, "{\"n\": " + n + "}").status());
            out.add(Wait.until("original " + n, 60, () -> api.get(list).json(),
                    page -> page.getJsonObject("page_info").getInt("total_count") == before + 1
                            && !Set.of("queued", "executing").contains(
                                    page.getJsonArray("data").getJsonObject(0).getString("status")))
                    .getJsonArray("data").getJsonObject(0).getString("id"));
        }
        return out;
    }

    private static JsonObject awaitStatus(Api api, String jobId, String status, int seconds) {
        return Wait.until("replay " + jobId + " to be " + status, seconds,
                () -> data(api.get("/v1/replays/" + jobId), 200), j -> j.getString("status").equals(status));
    }

    /** The replays of each original, by original. */
    private static List<Integer> replayCounts(Api api, List<String> originals) {
        return originals.stream().map(id -> data(api.get("/v1/executions/" + id), 200).getJsonArray("replays").size())
                .toList();
    }

    @Test
    void byIdsReplaysInOriginalOrderOnceEach() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "replay-ids");
        Api api = tenant.api();
        JsonObject wf = api.createHttpWorkflow("replay-order", steps(step("rec", recording(0))),
                "{\"concurrency\":1,\"queue_size\":100}");
        List<String> originals = originals(api, wf, 6);
        List<String> shuffled = new ArrayList<>(originals);
        Collections.reverse(shuffled);
        shuffled.add(originals.get(2));
        seen.clear();

        JsonObject job = data(api.post("/v1/replays", ids(shuffled.toArray(String[]::new))), 202);
        assertTrue(job.getString("id").startsWith("rpl_"), job.toString());
        assertEquals(6, job.getInt("total"), "duplicates count once");
        assertEquals(tenant.userId(), job.getString("created_by"));
        assertEquals("ids", job.getString("selected_by"));
        assertTrue(Set.of("starting", "running", "completed").contains(job.getString("status")), job.toString());

        JsonObject done = awaitStatus(api, job.getString("id"), "completed", 90);
        assertEquals(6, done.getInt("done"), done.toString());
        assertEquals(0, done.getInt("failed"));
        assertEquals(0, done.getInt("skipped"));
        assertEquals(0, done.getInt("pending"));
        assertTrue(done.getJsonNumber("rate_per_second").doubleValue() > 0, done.toString());
        assertEquals(JsonValue.NULL, done.get("estimated_end_at"), "a completed job has no estimate");
        Wait.until("the replays to run", 60, () -> seen.size(), n -> n >= 6);
        assertEquals(List.of("r0", "r1", "r2", "r3", "r4", "r5"), seen, "replayed in the original order");
        assertEquals(List.of(1, 1, 1, 1, 1, 1), replayCounts(api, originals));

        JsonObject listed = api.get("/v1/replays?limit=10").json();
        assertEquals(1, listed.getJsonObject("page_info").getInt("total_count"), listed.toString());
        assertEquals(job.getString("id"), listed.getJsonArray("data").getJsonObject(0).getString("id"));

        Workspaces.Tenant other = Workspaces.create(admin, "replay-ids-other");
        Api.Reply foreign = other.api().post("/v1/replays", ids(originals.get(0)));
        assertEquals(404, foreign.status(), foreign.body());
        assertTrue(foreign.error().getString("message").contains("execution_ids[0]"), foreign.body());
        assertEquals(404, other.api().get("/v1/replays/" + job.getString("id")).status());
        assertEquals(404, other.api().post("/v1/replays/" + job.getString("id") + "/stop", "").status());
        assertEquals(0, other.api().get("/v1/replays").json().getJsonObject("page_info").getInt("total_count"));
        assertEquals(List.of(1, 1, 1, 1, 1, 1), replayCounts(api, originals), "nothing more was replayed");

        JsonObject started = api.get("/v1/workspaces/" + tenant.orgId() + "/audit_log?action=replay.started").json()
                .getJsonArray("data").getJsonObject(0);
        assertEquals(job.getString("id"), started.getJsonObject("target").getString("id"));
        assertEquals("ids", started.getJsonObject("details").getString("by"));
        assertEquals(6, started.getJsonObject("details").getInt("total"));
    }

    @Test
    void byFilterReplaysTheMatchingExecutionsAndSkipsDeletedOnes() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "replay-filter");
        Api api = tenant.api();
        JsonObject good = api.createHttpWorkflow("replay-f-ok", steps(step("ok", OK)));
        JsonObject bad = api.createHttpWorkflow("replay-f-bad", steps(step("bad", FAILS)));
        List<String> oks = originals(api, good, 2);
        List<String> errors = originals(api, bad, 3);
        assertEquals(204, api.delete("/v1/executions/" + errors.get(1)).status());

        JsonObject job = data(api.post("/v1/replays", "{\"filter\": {\"status\": \"error\"}}"), 202);
        assertEquals(2, job.getInt("total"), "the deleted one is not in the history any more");
        assertEquals("filter", job.getString("selected_by"));
        assertEquals("error", job.getJsonObject("filter").getJsonArray("status").getString(0));
        JsonObject done = awaitStatus(api, job.getString("id"), "completed", 90);
        assertEquals(2, done.getInt("done"), done.toString());
        assertEquals(1, data(api.get("/v1/executions/" + errors.get(0)), 200).getJsonArray("replays").size());
        assertEquals(1, data(api.get("/v1/executions/" + errors.get(2)), 200).getJsonArray("replays").size());
        assertEquals(0, data(api.get("/v1/executions/" + oks.get(0)), 200).getJsonArray("replays").size());

        // an execution whose workflow was deleted is skipped, with the reason
        assertEquals(204, api.delete("/v1/workflows/" + good.getString("id")).status());
        JsonObject gone = data(api.post("/v1/replays", ids(oks.get(0))), 202);
        JsonObject skipped = awaitStatus(api, gone.getString("id"), "completed", 90);
        assertEquals(1, skipped.getInt("skipped"), skipped.toString());
        JsonObject problem = skipped.getJsonArray("problems").getJsonObject(0);
        assertEquals(oks.get(0), problem.getString("execution_id"));
        assertEquals("skipped", problem.getString("outcome"));
        assertTrue(problem.getString("reason").contains("deleted"), problem.toString());

        JsonObject inactive = api.createHttpWorkflow("replay-f-off", steps(step("ok", OK)));
        String off = originals(api, inactive, 1).get(0);
        assertEquals(200, api.put("/v1/workflows/" + inactive.getString("id"), "{\"active\": false}").status());
        JsonObject refused = awaitStatus(api, data(api.post("/v1/replays", ids(off)), 202).getString("id"), "completed", 90);
        assertEquals(1, refused.getInt("failed"), refused.toString());
        assertTrue(refused.getJsonArray("problems").getJsonObject(0).getString("reason").contains("not active"));

        JsonObject none = data(api.post("/v1/replays", "{\"filter\": {\"until\": \"2000-01-01\"}}"), 202);
        assertEquals(0, none.getInt("total"));
        assertEquals("completed", none.getString("status"));
    }

    @Test
    void aMemberReplaysOnlyWhatItMaySee() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "replay-hidden");
        Api owner = tenant.api();
        Users.TestUser member = Users.create(admin, "replay-member", null, tenant.orgId(), false, "member");
        String secret = data(owner.post("/v1/workspaces/" + tenant.orgId() + "/projects", "{\"name\":\"Secret\"}"), 200)
                .getString("id");
        JsonObject hidden = data(owner.post("/v1/workflows", "{\"name\":\"replay-hidden\",\"project_id\":\"" + secret
                + "\",\"triggers\":[{\"type\":\"http\"}],\"steps\":" + steps(step("ok", OK)) + "}"), 200);
        JsonObject open = owner.createHttpWorkflow("replay-open", steps(step("ok", OK)));
        String hiddenId = originals(owner, hidden, 1).get(0);
        String openId = originals(owner, open, 1).get(0);
        assertEquals(200, owner.put("/v1/projects/" + secret + "/access", "{\"restricted\":true,\"members\":[]}").status());

        Api m = member.api();
        assertEquals(404, m.post("/v1/replays", ids(hiddenId)).status());
        assertEquals(404, m.post("/v1/replays", "{\"filter\": {\"project_id\": \"" + secret + "\"}}").status());
        JsonObject all = data(m.post("/v1/replays", "{\"filter\": {\"until\": \"2999-01-01\"}}"), 202);
        assertEquals(1, all.getInt("total"), "only what the member sees: " + all);
        awaitStatus(m, all.getString("id"), "completed", 90);
        assertEquals(1, data(owner.get("/v1/executions/" + openId), 200).getJsonArray("replays").size());
        assertEquals(0, data(owner.get("/v1/executions/" + hiddenId), 200).getJsonArray("replays").size());
    }

    @Test
    void aFullQueueMakesTheJobWaitInsteadOfFailing() {
        Workspaces.Tenant tenant = Workspaces.create(admin, "replay-queue");
        Api api = tenant.api();
        JsonObject wf = api.createHttpWorkflow("replay-queue", steps(step("rec", recording(0))),
                "{\"concurrency\":1,\"queue_size\":100}");
        List<String> originals = originals(api, wf, 8);
        assertEquals(200, api.put("/v1/workflows/" + wf.getString("id"), "{\"steps\":" + steps(step("rec", recording(300)))
                + ",\"settings\":{\"concurrency\":1,\"queue_size\":2}}").status());
        seen.clear();

        JsonObject job = data(api.post("/v1/replays", "{\"filter\": {\"workflow_id\": \"" + wf.getString("id") + "\"}}"),
                202);
        assertEquals(8, job.getInt("total"));
        int mostWaiting = 0;
        JsonObject now = job;
        while (!now.getString("status").equals("completed")) {
            JsonObject queue = data(api.get("/v1/workflows/" + wf.getString("id") + "/queue"), 200);
            mostWaiting = Math.max(mostWaiting, queue.getInt("queued"));
            assertTrue(Set.of("starting", "running").contains(now.getString("status")), now.toString());
            Wait.sleep(100);
            now = data(api.get("/v1/replays/" + job.getString("id")), 200);
        }
        assertEquals(8, now.getInt("done"), "no item failed for a full queue: " + now);
        assertEquals(0, now.getInt("failed"));
        assertTrue(mostWaiting <= 2, "the queue never held more than its size: " + mostWaiting);
        Wait.until("the replays to run", 60, () -> seen.size(), n -> n >= 8);
        assertEquals(List.of("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7"), seen);
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1), replayCounts(api, originals));
    }

    @Test
    void stopRestartAbandonAndProgressLive() throws Exception {
        Workspaces.Tenant tenant = Workspaces.create(admin, "replay-control");
        Api api = tenant.api();
        JsonObject wf = api.createHttpWorkflow("replay-control", steps(step("rec", recording(0))),
                "{\"concurrency\":1,\"queue_size\":100}");
        List<String> originals = originals(api, wf, 12);
        assertEquals(200, api.put("/v1/workflows/" + wf.getString("id"), "{\"steps\":" + steps(step("rec", recording(250)))
                + ",\"settings\":{\"concurrency\":1,\"queue_size\":1}}").status());

        JsonObject job = data(api.post("/v1/replays", ids(originals.toArray(String[]::new))), 202);
        String id = job.getString("id");
        List<JsonObject> events = new ArrayList<>();
        try (SseClient sse = new SseClient(api.base() + "/v1/replays/" + id + "/sse", tenant.apiKey(), null)) {
            assertEquals(200, sse.status());
            assertTrue(sse.contentType().startsWith("text/event-stream"), sse.contentType());
            SseClient.Event first = sse.next(10);
            assertEquals("progress", first.name());
            events.add(Json.createReader(new StringReader(first.data())).readObject());
            Wait.until("two items done", 60, () -> data(api.get("/v1/replays/" + id), 200), j -> j.getInt("done") >= 2);
            JsonObject stopping = data(api.post("/v1/replays/" + id + "/stop", ""), 200);
            assertTrue(Set.of("stopping", "stopped").contains(stopping.getString("status")), stopping.toString());
            while (true) {
                SseClient.Event e = sse.next(60);
                JsonObject j = Json.createReader(new StringReader(e.data())).readObject();
                events.add(j);
                if (j.getString("status").equals("stopped")) {
                    break;
                }
            }
            assertEquals(null, sse.poll(3), "the stream ends with the settled job");
        }
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).getInt("done") >= events.get(i - 1).getInt("done"), events.toString());
        }
        assertTrue(events.size() >= 2, events.toString());
        JsonObject stopped = awaitStatus(api, id, "stopped", 60);
        assertTrue(stopped.getInt("done") < 12, "stopped before the end: " + stopped);
        assertEquals(409, api.post("/v1/replays/" + id + "/stop", "").status(), "a stopped job does not stop");
        Wait.sleep(1500);
        assertEquals(stopped.getInt("done"), data(api.get("/v1/replays/" + id), 200).getInt("done"),
                "a stopped job replays nothing more");

        JsonObject restarted = data(api.post("/v1/replays/" + id + "/restart", ""), 200);
        assertTrue(Set.of("starting", "running", "completed").contains(restarted.getString("status")), restarted.toString());
        assertEquals(409, api.post("/v1/replays/" + id + "/abandon", "").status(), "a running job is not abandoned");
        JsonObject completed = awaitStatus(api, id, "completed", 120);
        assertEquals(12, completed.getInt("done"), completed.toString());
        assertEquals(409, api.post("/v1/replays/" + id + "/restart", "").status(), "a completed job does not restart");
        Wait.until("the replays to finish", 60, () -> replayCounts(api, originals), c -> c.stream().allMatch(n -> n == 1));
        assertEquals(Collections.nCopies(12, 1), replayCounts(api, originals), "each original once, across the restart");

        JsonObject second = data(api.post("/v1/replays", ids(originals.get(0), originals.get(1), originals.get(2),
                originals.get(3), originals.get(4))), 202);
        data(api.post("/v1/replays/" + second.getString("id") + "/stop", ""), 200);
        awaitStatus(api, second.getString("id"), "stopped", 60);
        JsonObject abandoned = data(api.post("/v1/replays/" + second.getString("id") + "/abandon", ""), 200);
        assertEquals("abandoned", abandoned.getString("status"));
        assertEquals(409, api.post("/v1/replays/" + second.getString("id") + "/restart", "").status());
        assertEquals(409, api.post("/v1/replays/" + second.getString("id") + "/abandon", "").status());
        assertEquals(404, api.post("/v1/replays/rpl_nope0000/restart", "").status());

        List<String> actions = api.get("/v1/workspaces/" + tenant.orgId() + "/audit_log?action=replay.&limit=100").json()
                .getJsonArray("data").getValuesAs(JsonObject.class).stream().map(a -> a.getString("action"))
                .collect(Collectors.toList());
        Collections.reverse(actions);
        assertEquals(List.of("replay.started", "replay.stopped", "replay.restarted", "replay.started", "replay.stopped",
                "replay.abandoned"), actions);
        assertNotEquals(0, events.get(0).getInt("total"));
    }

    @Test
    void badRequestsAre400NamingTheField() {
        assertBad(admin.post("/v1/replays", "{}"), "execution_ids");
        assertBad(admin.post("/v1/replays", "{\"execution_ids\": []}"), "execution_ids");
        assertBad(admin.post("/v1/replays", "{\"execution_ids\": \"x\"}"), "execution_ids");
        assertBad(admin.post("/v1/replays", "{\"execution_ids\": [1]}"), "execution_ids[0]");
        assertBad(admin.post("/v1/replays", "{\"execution_ids\": [\"a\", \" \"]}"), "execution_ids[1]");
        StringBuilder many = new StringBuilder("{\"execution_ids\": [");
        for (int i = 0; i <= 1000; i++) {
            many.append(i == 0 ? "" : ",").append("\"x").append(i).append('"');
        }
        assertBad(admin.post("/v1/replays", many + "]}"), "execution_ids");
        assertBad(admin.post("/v1/replays", "{\"execution_ids\": [\"a\"], \"filter\": {\"status\": \"error\"}}"), "filter");
        assertBad(admin.post("/v1/replays", "{\"filter\": {}}"), "filter");
        assertBad(admin.post("/v1/replays", "{\"filter\": \"error\"}"), "filter");
        assertBad(admin.post("/v1/replays", "{\"filter\": {\"status\": \"done\"}}"), "filter.status");
        assertBad(admin.post("/v1/replays", "{\"filter\": {\"since\": 5}}"), "filter.since");
        assertBad(admin.post("/v1/replays", "{\"filter\": {\"colour\": \"red\"}}"), "filter.colour");
        assertBad(admin.post("/v1/replays", "{\"ids\": [\"a\"]}"), "ids");
        assertBad(admin.post("/v1/replays", "[]"), null);
        Api.Reply unknown = admin.post("/v1/replays", ids("0Vd4nope000000000000000000"));
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals(404, admin.get("/v1/replays/rpl_nope0000").status());
        assertEquals(400, admin.get("/v1/replays?limit=0").status());
    }

    private static void assertBad(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.error().getString("field", null), reply.body());
    }
}
