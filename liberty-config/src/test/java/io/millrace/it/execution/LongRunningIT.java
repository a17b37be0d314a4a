package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.FakeS3;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.SseClient;
import io.millrace.it.support.Wait;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Long-running work through the real server (seed pages /workflows/building-workflows/code/nodejs/rerun, .../delay,
 * .../nodejs "Invoke another workflow" and /workflows/data-management/destinations/sse): {@code $.flow.suspend} with
 * its resume and cancel URLs (plain requests, no API key) and its timeout, {@code $.flow.rerun} polling an endpoint and
 * taking a callback, {@code $.flow.trigger}, {@code $.send.sse} received by a client, {@code $.send.s3} to the file store
 * and to an S3-compatible endpoint the test serves ({@link FakeS3}), the 1 ms minimum of a pause.
 */
class LongRunningIT {
    private final Api api = Api.server();

    private JsonObject awaitStatus(JsonObject wf, String status) {
        return api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals(status));
    }

    private static JsonObject stepOf(JsonObject execution, int n) {
        return execution.getJsonArray("steps").getJsonObject(n);
    }

    /** A request without any credential, as a browser or a third-party callback makes it. */
    private Api.Reply plainPost(String url, String json) {
        return api.raw(api.request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String name(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    @Test
    void suspendResumesWithThePostedDataAsResumeData() {
        JsonObject wf = api.createHttpWorkflow(name("suspend"), steps(
                step("approve", "export default defineComponent({ async run({ $ }) {"
                        + " const { resume_url, cancel_url } = $.flow.suspend(3600000);"
                        + " $.export('urls', { resume_url, cancel_url }); } })"),
                step("after", "export default defineComponent({ async run({ steps }) {"
                        + " return steps.approve.$resume_data } })")));
        api.trigger(wf);
        JsonObject paused = awaitStatus(wf, "paused");
        String resume = stepOf(paused, 0).getJsonObject("exports").getJsonObject("urls").getString("resume_url");
        assertTrue(resume.startsWith(api.base() + "/flow/" + paused.getString("id") + "/resume?token="), resume);
        assertEquals(1, paused.getJsonArray("steps").size(), "nothing runs while it is suspended");

        Api.Reply resumed = plainPost(resume, "{\"approved\":true,\"by\":\"ada\"}");
        assertEquals(200, resumed.status(), resumed.body());

        JsonObject done = awaitStatus(wf, "success");
        JsonObject data = stepOf(done, 1).getJsonObject("$return_value");
        assertTrue(data.getBoolean("approved"));
        assertEquals("ada", data.getString("by"));
        assertEquals(data, stepOf(done, 0).getJsonObject("exports").getJsonObject("$resume_data"));
    }

    @Test
    void aSuspendThatTimesOutIsCancelledAndItsCancelUrlCancelsAnother() {
        JsonObject wf = api.createHttpWorkflow(name("suspend-timeout"), steps(
                step("wait", "export default defineComponent({ async run({ steps, $ }) {"
                        + " const urls = $.flow.suspend(steps.trigger.event.query.ms ? Number(steps.trigger.event.query.ms) : 1000);"
                        + " $.export('urls', urls) } })"),
                step("after", "export default defineComponent({ async run() { return 'ran' } })")));
        api.raw(api.request(Api.endpoint(wf) + "?ms=1000").GET());
        JsonObject cancelled = awaitStatus(wf, "cancelled");
        assertEquals(1, cancelled.getJsonArray("steps").size(), "the step after the suspend never ran");
        assertTrue(cancelled.toString().contains("$.flow.suspend timed out"), cancelled.toString());

        api.raw(api.request(Api.endpoint(wf) + "?ms=3600000").GET());
        JsonObject paused = awaitStatus(wf, "paused");
        String cancel = stepOf(paused, 0).getJsonObject("exports").getJsonObject("urls").getString("cancel_url");
        assertEquals(200, api.raw(api.request(cancel).GET()).status(), "a browser's GET cancels");
        JsonObject two = api.get("/v1/executions/" + paused.getString("id")).json().getJsonObject("data");
        assertEquals("cancelled", two.getString("status"));
    }

    @Test
    void aResumeArrivingAsTheSuspendTimesOutEitherResumesItOrIsRefusedNeverBoth() throws Exception {
        JsonObject wf = api.createHttpWorkflow(name("suspend-race"), steps(
                step("wait", "export default defineComponent({ async run({ $ }) {"
                        + " $.export('urls', $.flow.suspend(4000)) } })"),
                step("after", "export default defineComponent({ async run({ steps }) {"
                        + " return steps.wait.$resume_data } })")));
        int count = 12;
        for (int i = 0; i < count; i++) {
            assertEquals(200, api.trigger(wf).status());
        }
        List<JsonObject> paused = io.millrace.it.support.WorkflowLists.awaitExecutions(api, wf.getString("id"), count,
                e -> e.getString("status").equals("paused") || io.millrace.it.support.WorkflowLists.finished(e));
        ExecutorService callers = Executors.newFixedThreadPool(count);
        // a client of their own, HTTP/1.1: the shared one's HTTP/2 upgrade was seen to stall under these concurrent posts
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(5)).build();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < paused.size(); i++) {
                JsonObject ex = api.get("/v1/executions/" + paused.get(i).getString("id")).json().getJsonObject("data");
                String resume = stepOf(ex, 0).getJsonObject("exports").getJsonObject("urls").getString("resume_url");
                // around the timeout: from 150 ms before it to 400 ms after, 50 ms apart
                long at = Instant.parse(ex.getString("resume_at")).toEpochMilli() - 150 + 50L * i;
                answers.add(callers.submit(() -> {
                    long wait = at - System.currentTimeMillis();
                    if (wait > 0) {
                        Thread.sleep(wait); // the moment under test, not a wait for readiness
                    }
                    return http.send(api.request(resume).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
                }));
            }
            int resumed = 0;
            for (int i = 0; i < answers.size(); i++) {
                int status = answers.get(i).get(90, TimeUnit.SECONDS);
                String id = paused.get(i).getString("id");
                JsonObject done = Wait.until("execution " + id + " ended", 60,
                        () -> api.get("/v1/executions/" + id).json().getJsonObject("data"),
                        e -> io.millrace.it.support.WorkflowLists.finished(e));
                if (status == 200) {
                    resumed++;
                    assertEquals("success", done.getString("status"), "the resume won, so no timeout: " + done);
                    assertEquals(1, stepOf(done, 1).getJsonObject("$return_value").getInt("n"));
                } else {
                    assertEquals(400, status, "a resume after the timeout won is refused: " + done);
                    assertEquals("cancelled", done.getString("status"), done.toString());
                    assertEquals(1, done.getJsonArray("steps").size(), "nothing ran after the timeout: " + done);
                }
            }
            System.out.println("suspend race: " + resumed + " of " + answers.size() + " resumes won");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void rerunPollsAnEndpointUntilItAnswersDone() {
        AtomicInteger polls = new AtomicInteger();
        try (LocalHttpServer remote = new LocalHttpServer().on("/status", exchange -> LocalHttpServer.answer(exchange,
                200, "application/json", ("{\"status\":\"" + (polls.incrementAndGet() >= 3 ? "DONE" : "RUNNING") + "\"}")
                        .getBytes(StandardCharsets.UTF_8))).start()) {
            JsonObject wf = api.createHttpWorkflow(name("rerun-poll"), steps(
                    step("poll", """
                            import axios from "axios";
                            export default defineComponent({
                              async run({ $ }) {
                                const { run } = $.context;
                                const { data } = await axios({ method: "GET", url: "%s" });
                                if (data.status === "DONE") return { runs: run.runs, previous: run.context };
                                $.flow.rerun(300, { runs: run.runs }, 5);
                              },
                            });""".formatted(remote.url("/status"))),
                    step("next", "export default defineComponent({ async run({ steps }) { return steps.poll.$return_value.runs } })")));
            api.trigger(wf);
            JsonObject done = awaitStatus(wf, "success");
            JsonObject poll = stepOf(done, 0).getJsonObject("$return_value");
            assertEquals(3, poll.getInt("runs"));
            assertEquals(2, poll.getJsonObject("previous").getInt("runs"), "the context of the run before");
            assertEquals(3, stepOf(done, 1).getInt("$return_value"));
            assertEquals(3, polls.get());
        }
    }

    @Test
    void rerunTakesAnHttpCallbackAsCallbackRequest() {
        JsonObject wf = api.createHttpWorkflow(name("rerun-callback"), steps(
                step("job", """
                        export default defineComponent({
                          async run({ $ }) {
                            const { run } = $.context;
                            if (run.runs === 1) {
                              const { cancel_url, resume_url } = $.flow.rerun(86400 * 1000, null, 1);
                              $.export("urls", { cancel_url, resume_url });
                            } else if (run.callback_request) {
                              return run.callback_request;
                            }
                          },
                        });""")));
        api.trigger(wf);
        JsonObject paused = awaitStatus(wf, "paused");
        assertEquals("paused", stepOf(paused, 0).getString("status"));
        String resume = stepOf(paused, 0).getJsonObject("exports").getJsonObject("urls").getString("resume_url");
        assertEquals(200, plainPost(resume + "&job=7", "{\"result\":42}").status());

        JsonObject done = awaitStatus(wf, "success");
        JsonObject callback = stepOf(done, 0).getJsonObject("$return_value");
        assertEquals("POST", callback.getString("method"));
        assertEquals(42, callback.getJsonObject("body").getInt("result"));
        assertEquals("7", callback.getJsonObject("query").getString("job"));
        assertTrue(!callback.getJsonObject("query").containsKey("token"), "the secret is not passed on");
    }

    @Test
    void triggerStartsAnotherWorkflowOfTheWorkspaceOnly() {
        JsonObject second = api.createHttpWorkflow(name("triggered"), steps(
                step("echo", "export default defineComponent({ async run({ steps }) { return steps.trigger.event } })")));
        Workspaces.Tenant other = Workspaces.create(api, "flow-trigger");
        JsonObject foreign = other.api().createHttpWorkflow(name("foreign"), steps(
                step("echo", "export default defineComponent({ async run() { return 1 } })")));
        JsonObject first = api.createHttpWorkflow(name("trigger"), steps(
                step("start", "export default defineComponent({ async run({ $ }) {"
                        + " return await $.flow.trigger('" + second.getString("id") + "', { from: 'first', n: 1 }) } })"),
                step("foreign", "export default defineComponent({ async run({ $ }) {"
                        + " try { await $.flow.trigger('" + foreign.getString("id") + "', {}); return 'started' }"
                        + " catch (e) { return e.message } } })")));
        api.trigger(first);
        JsonObject done = awaitStatus(first, "success");
        String started = stepOf(done, 0).getJsonObject("$return_value").getString("id");
        assertEquals("$.flow.trigger: no workflow " + foreign.getString("id") + " in this workspace",
                stepOf(done, 1).getString("$return_value"));

        JsonObject triggered = api.awaitExecution(second.getString("id"),
                e -> e.getString("id").equals(started) && e.getString("status").equals("success"));
        JsonObject event = stepOf(triggered, 0).getJsonObject("$return_value");
        assertEquals("first", event.getString("from"));
        assertEquals(0, other.api().get("/v1/workflows/" + foreign.getString("id") + "/executions").json()
                .getJsonArray("data").size(), "the other workspace's workflow did not run");
    }

    @Test
    void sseEventsReachAConnectedClientAndALaterOneGetsTheRecentOnes() throws Exception {
        JsonObject wf = api.createHttpWorkflow(name("sse"), steps(
                step("send", "export default defineComponent({ async run({ $ }) {"
                        + " for (const name of ['Luke', 'Han']) $.send.sse({ channel: 'names', payload: { name } });"
                        + " $.send.sse({ channel: 'events', payload: { done: true } }) } })")));
        String url = api.base() + "/v1/workflows/" + wf.getString("id") + "/sse";
        try (SseClient client = new SseClient(url, api.apiKey(), null)) {
            assertEquals(200, client.status());
            assertTrue(client.contentType().startsWith("text/event-stream"), client.contentType());
            api.trigger(wf);
            SseClient.Event luke = client.next(30);
            assertEquals("names", luke.name());
            assertEquals("{\"name\":\"Luke\"}", luke.data());
            assertEquals("{\"name\":\"Han\"}", client.next(10).data());
            assertEquals("events", client.next(10).name());
        }
        JsonObject sent = stepOf(awaitStatus(wf, "success"), 0).getJsonObject("destinations");
        assertEquals(3, sent.getJsonArray("sse").size(), "the events are recorded with the step");
        assertEquals("names", sent.getJsonArray("sse").getJsonObject(0).getString("channel"));
        try (SseClient later = new SseClient(url, api.apiKey(), null)) {
            assertEquals("{\"name\":\"Luke\"}", later.next(10).data(), "the recent events come first");
        }
        Api.Reply noKey = api.raw(api.request(url).header("Accept", "text/event-stream").GET());
        assertEquals(401, noKey.status());
    }

    @Test
    void s3PayloadsBecomeOneGzippedObjectInTheProjectsFileStore() throws Exception {
        String bucket = "b" + System.nanoTime();
        JsonObject wf = api.createHttpWorkflow(name("s3"), steps(
                step("send", "export default defineComponent({ async run({ $ }) {"
                        + " $.send.s3({ bucket: '" + bucket + "', prefix: 'test/', payload: { n: 1 } });"
                        + " $.send.s3({ bucket: '" + bucket + "', prefix: 'test/', payload: { n: 2 } }) } })")));
        api.trigger(wf);
        awaitStatus(wf, "success");
        String files = "/v1/projects/" + wf.getString("project_id") + "/files";
        JsonObject entry = Wait.until("the S3 object", 30,
                () -> api.get(files + "?dir=" + Api.encode(bucket + "/test")).json().getJsonArray("data"),
                list -> !list.isEmpty()).getJsonObject(0);
        while (entry.getString("type").equals("directory")) { // test/YYYY/MM/DD/HH/
            entry = api.get(files + "?dir=" + Api.encode(entry.getString("path"))).json().getJsonArray("data")
                    .getJsonObject(0);
        }
        String path = entry.getString("path");
        assertTrue(path.matches(bucket + "/test/\\d{4}/\\d{2}/\\d{2}/\\d{2}/\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-[0-9a-f]{64}\\.gz"),
                path);
        java.net.http.HttpResponse<byte[]> content = java.net.http.HttpClient.newHttpClient().send(
                api.request(files + "/content?path=" + Api.encode(path)).header("Authorization", "Bearer " + api.apiKey())
                        .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, content.statusCode());
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(content.body()))) {
            assertEquals("{\"n\":1}\n{\"n\":2}\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void s3PayloadsOfAStepWithAnAwsAccountArePutSignedToItsEndpointRetriedOn5xxAndFailedOn403() throws Exception {
        String n = Long.toString(System.nanoTime(), 36);
        try (FakeS3 s3 = new FakeS3("AKIDTEST" + n, "secret-" + n, "eu-west-1")) {
            String app = "aws_it_" + n;
            assertEquals(200, api.post("/v1/apps", "{\"name_slug\":\"" + app + "\",\"auth_type\":\"keys\",\"custom_fields\":["
                    + "{\"name\":\"accessKeyId\"},{\"name\":\"secretAccessKey\",\"type\":\"password\"},"
                    + "{\"name\":\"region\",\"optional\":true},{\"name\":\"endpoint\",\"optional\":true}]}").status());
            Api.Reply account = api.post("/v1/accounts", "{\"app\":\"" + app + "\",\"credentials\":{\"accessKeyId\":\"AKIDTEST"
                    + n + "\",\"secretAccessKey\":\"secret-" + n + "\",\"region\":\"eu-west-1\",\"endpoint\":\""
                    + s3.endpoint() + "\"}}");
            assertEquals(200, account.status(), account.body());
            String accountId = account.json().getJsonObject("data").getString("id");
            String ok = "ok-" + n;
            String flaky = "flaky-" + n;
            String denied = "denied-" + n;
            JsonObject wf = api.createHttpWorkflow(name("s3-endpoint"), steps(jakarta.json.Json.createObjectBuilder()
                    .add("name", "send")
                    .add("props", jakarta.json.Json.createObjectBuilder().add("aws",
                            jakarta.json.Json.createObjectBuilder().add("authProvisionId", accountId)))
                    .add("code", "export default defineComponent({ props: { aws: { type: 'app', app: '" + app + "' } },"
                            + " async run({ $ }) {"
                            + " $.send.s3({ bucket: '" + ok + "', prefix: 'in/', payload: { n: 1, text: 'ä b' } });"
                            + " $.send.s3({ bucket: '" + ok + "', prefix: 'in/', payload: { n: 2 } });"
                            + " $.send.s3({ bucket: '" + flaky + "', payload: 'again' });"
                            + " $.send.s3({ bucket: '" + denied + "', payload: 'never' }) } })").build().toString()));
            api.trigger(wf);
            String executionId = awaitStatus(wf, "success").getString("id");

            JsonObject done = Wait.until("the three deliveries settled", 60,
                    () -> api.get("/v1/executions/" + executionId).json().getJsonObject("data"),
                    e -> e.getJsonArray("deliveries").size() == 3 && e.getJsonArray("deliveries").stream()
                            .noneMatch(d -> d.asJsonObject().getString("status").equals("retrying")));
            assertEquals(List.of(), s3.refusals(), "every request signed with the account's keys");
            java.util.Map<String, JsonObject> byBucket = new java.util.HashMap<>();
            done.getJsonArray("deliveries").forEach(d -> byBucket.put(
                    d.asJsonObject().getString("target").replaceFirst("^s3://", "").split("/")[0], d.asJsonObject()));

            JsonObject delivered = byBucket.get(ok);
            assertEquals("delivered", delivered.getString("status"), done.toString());
            assertEquals(1, delivered.getInt("attempts"));
            String key = delivered.getString("target").substring(("s3://" + ok + "/").length());
            assertTrue(key.matches("in/\\d{4}/\\d{2}/\\d{2}/\\d{2}/\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-[0-9a-f]{64}\\.gz"), key);
            FakeS3.Stored object = s3.objects().get(ok + "/" + key);
            assertTrue(object != null, "stored at " + key + ": " + s3.objects().keySet());
            assertEquals("application/gzip", object.headers().get("content-type"));
            try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(object.body()))) {
                assertEquals("{\"n\":1,\"text\":\"ä b\"}\n{\"n\":2}\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }

            JsonObject retried = byBucket.get(flaky);
            assertEquals("delivered", retried.getString("status"), done.toString());
            assertEquals(2, retried.getInt("attempts"), "the 503 was tried again");
            assertEquals(2, s3.puts(flaky));
            assertTrue(s3.objects().keySet().stream().anyMatch(k -> k.startsWith(flaky + "/")));

            JsonObject refused = byBucket.get(denied);
            assertEquals("failed", refused.getString("status"), done.toString());
            assertEquals(1, refused.getInt("attempts"));
            assertEquals("HTTP 403: Access Denied by the test's bucket policy", refused.getString("message"));
            assertEquals(1, s3.puts(denied), "a 403 is not tried again");
            assertTrue(s3.objects().keySet().stream().noneMatch(k -> k.startsWith(denied + "/")));
        }
    }

    @Test
    void aPauseIsOneMillisecondAtLeastAndRespondAfterAPauseGetsTheSeedsAnswer() {
        JsonObject zero = api.createHttpWorkflow(name("delay-zero"), steps(
                step("zero", "export default defineComponent({ async run({ $ }) { $.flow.delay(0) } })")));
        api.trigger(zero);
        JsonObject failed = awaitStatus(zero, "error");
        assertTrue(failed.getJsonObject("error").getString("message").contains("ms must be at least 1, got 0"),
                failed.toString());

        JsonObject one = api.createHttpWorkflow(name("delay-one"), steps(
                step("wait", "export default defineComponent({ async run({ $ }) { $.flow.delay(1) } })"),
                step("answer", "export default defineComponent({ async run({ $ }) { await $.respond({ status: 200, body: 'late' }) } })")));
        Api.Reply reply = api.trigger(one);
        assertEquals(400, reply.status());
        assertEquals("$.respond() not called for this invocation", reply.body());
        awaitStatus(one, "success");
    }
}
