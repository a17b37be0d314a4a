package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.ArtemisPair;
import io.millrace.it.support.PostgresDatabase;
import io.millrace.it.support.ProfileServer;
import io.millrace.it.support.SseClient;
import io.millrace.it.support.Wait;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster profile (docs/cluster.md) on loopback: two Liberty nodes started together on one PostgreSQL database
 * (a new one per run) and a standalone Artemis live/backup pair ({@link ArtemisPair}), with
 * {@code MILLRACE_CLUSTER=true}. In order: a caller on node A is answered by {@code $.respond} of a worker on node B;
 * concurrency 1 holds across nodes while node A's executions SSE hears the changes node B makes; under load on both
 * nodes the live broker is killed and the backup takes over with nothing accepted lost; under load node B is killed
 * with {@code kill -9} and every accepted event completes once. Skipped, and says so, without PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final Duration NODE_START = Duration.ofMinutes(6);
    private PostgresDatabase database;
    private ArtemisPair brokers;
    private ProfileServer nodeA;
    private ProfileServer nodeB;
    private Api a;
    private Api b;

    @BeforeAll
    void startCluster() throws Exception {
        Assumptions.assumeTrue(PostgresDatabase.reachable(), () -> {
            System.out.println("PostgreSQL is not reachable at 127.0.0.1:5432: skipping the cluster test");
            return "PostgreSQL is not reachable at 127.0.0.1:5432";
        });
        database = PostgresDatabase.create("millrace_cluster_");
        brokers = new ArtemisPair();
        brokers.start();
        List<String> env = new ArrayList<>(database.serverEnvironment());
        env.addAll(brokers.serverEnvironment());
        env.add("MILLRACE_CLUSTER=true");
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        env.add("MILLRACE_SECRETS_KEY=" + java.util.Base64.getEncoder().encodeToString(key));
        nodeA = new ProfileServer("millrace-cluster-a", env);
        nodeB = new ProfileServer("millrace-cluster-b", env);
        CompletableFuture<Void> startA = CompletableFuture.runAsync(() -> nodeA.start(NODE_START));
        CompletableFuture<Void> startB = CompletableFuture.runAsync(() -> nodeB.start(NODE_START));
        startA.join();
        startB.join();
        a = nodeA.api();
        b = nodeB.api();
    }

    @AfterAll
    void stopCluster() throws Exception {
        try {
            for (ProfileServer node : new ProfileServer[] {nodeA, nodeB}) {
                if (node != null) {
                    node.remove();
                }
            }
        } finally {
            try {
                if (brokers != null) {
                    brokers.close();
                }
            } finally {
                if (database != null) {
                    database.close();
                }
            }
        }
    }

    @Test
    @Order(1)
    void bothNodesStartedTogetherOnOneSeededDatabase() throws Exception {
        assertEquals(200, a.get("/v1/users/me").status());
        assertEquals(200, b.get("/v1/users/me").status());
        try (var c = database.connect(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM MR_WORKSPACE")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the database was seeded once");
        }
    }

    @Test
    @Order(2)
    void aCallerOnNodeAIsAnsweredByTheRespondOfAWorkerOnNodeB() {
        JsonObject wf = a.createHttpWorkflow("cluster-respond", steps(step("r",
                "export default defineComponent({ async run({ steps, $ }) {"
                        + " await $.respond({ status: 201, headers: { 'x-n': steps.trigger.event.query.n },"
                        + " body: { n: steps.trigger.event.query.n } }) } })")));
        String url = a.base() + path(wf);
        int ranOnB = 0;
        for (int n = 0; n < 40 && (n < 6 || ranOnB == 0); n++) {
            Api.Reply reply = a.raw(a.request(url + "?n=" + n).GET());
            assertEquals(201, reply.status(), reply.body());
            assertEquals(String.valueOf(n), reply.header("x-n"));
            assertEquals("{\"n\":\"" + n + "\"}", reply.body());
            ranOnB = finishedOn(b, wf.getString("id"));
        }
        assertTrue(ranOnB > 0, "some of the executions ran on node B");
    }

    @Test
    @Order(3)
    void concurrencyOneHoldsAcrossNodesAndNodeAHearsNodeBsChanges() throws Exception {
        JsonObject wf = a.createHttpWorkflow("cluster-serial", steps(step("s",
                "export default defineComponent({ async run() { const start = Date.now();"
                        + " await new Promise(r => setTimeout(r, 300)); return { start, end: Date.now() } } })")),
                "{\"concurrency\":1,\"queue_size\":100}");
        String id = wf.getString("id");
        int events = 8;
        Map<String, Set<String>> heard = new HashMap<>();
        try (SseClient sse = new SseClient(a.base() + "/v1/workflows/" + id + "/executions/sse", a.apiKey(), null)) {
            assertEquals("ready", sse.next(30).name());
            for (int n = 0; n < events; n++) {
                Api node = n % 2 == 0 ? a : b;
                assertEquals(200, node.raw(node.request(node.base() + path(wf) + "?n=" + n).GET()).status());
            }
            Instant until = Instant.now().plusSeconds(120);
            while (heard.values().stream().filter(s -> s.contains("success")).count() < events && Instant.now().isBefore(until)) {
                SseClient.Event event = sse.poll(5);
                if (event != null && "execution".equals(event.name())) {
                    JsonObject change = Json.createReader(new StringReader(event.data())).readObject();
                    heard.computeIfAbsent(change.getString("id"), k -> new HashSet<>()).add(change.getString("status"));
                }
            }
        }
        assertEquals(events, heard.size(), "node A's feed heard every execution, those posted to node B too: " + heard);
        assertTrue(heard.values().stream().allMatch(s -> s.contains("queued") && s.contains("success")), heard.toString());

        List<long[]> runs = new ArrayList<>();
        for (JsonObject summary : WorkflowLists.awaitExecutions(a, id, events, e -> e.getString("status").equals("success"))) {
            JsonObject ret = a.get("/v1/executions/" + summary.getString("id")).json().getJsonObject("data")
                    .getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
            runs.add(new long[] {ret.getJsonNumber("start").longValue(), ret.getJsonNumber("end").longValue()});
        }
        runs.sort(Comparator.comparingLong(r -> r[0]));
        for (int i = 1; i < runs.size(); i++) {
            assertTrue(runs.get(i)[0] >= runs.get(i - 1)[1], "run " + i + " started before the one before it ended");
        }
        assertTrue(finishedOn(a, id) > 0 && finishedOn(b, id) > 0, "both nodes ran some of them");
    }

    @Test
    @Order(4)
    void theBackupBrokerTakesOverWhenTheLiveOneIsKilledMidLoad() throws Exception {
        JsonObject wf = a.createHttpWorkflow("cluster-broker-failover", steps(step("s",
                "export default defineComponent({ async run({ steps }) { return steps.trigger.event.query.n } })")));
        Set<Integer> accepted;
        try (Load load = new Load(List.of(a.base() + path(wf), b.base() + path(wf)))) {
            load.awaitAccepted(20);
            brokers.killLive();
            brokers.awaitBackupActive(Duration.ofSeconds(60));
            load.awaitAccepted(load.accepted.size() + 20);
            accepted = load.stop();
        }
        assertEachCompletedOnce(wf.getString("id"), accepted);
    }

    @Test
    @Order(5)
    void everyAcceptedEventCompletesOnceWhenANodeIsKilledMidLoad() throws Exception {
        JsonObject wf = a.createHttpWorkflow("cluster-node-kill", steps(step("s",
                "export default defineComponent({ async run({ steps }) {"
                        + " await new Promise(r => setTimeout(r, 200)); return steps.trigger.event.query.n } })")));
        Set<Integer> accepted;
        try (Load load = new Load(List.of(a.base() + path(wf), b.base() + path(wf)))) {
            load.awaitAccepted(30);
            nodeB.kill();
            load.awaitAccepted(load.accepted.size() + 20);
            accepted = load.stop();
        }
        assertEachCompletedOnce(wf.getString("id"), accepted);
    }

    private static String path(JsonObject workflow) {
        return URI.create(Api.endpoint(workflow)).getPath();
    }

    /** How many executions of the workflow the node finished ({@code millrace_executions_total} of its /metrics). */
    private static int finishedOn(Api node, String workflowId) {
        double sum = 0;
        for (String line : node.get("/metrics?scope=application").body().split("\n")) {
            if (line.startsWith("millrace_executions_total") && line.contains("workflow=\"" + workflowId + "\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (int) sum;
    }

    /**
     * Waits until every accepted event's execution has finished (read through node A), then checks that each has
     * exactly one execution, which succeeded with its one step's result, and that no event has two executions.
     */
    private void assertEachCompletedOnce(String workflowId, Set<Integer> accepted) {
        Map<String, Integer> numberOf = new HashMap<>();
        Map<String, String> statusOf = new HashMap<>();
        Instant until = Instant.now().plusSeconds(180);
        Set<Integer> missing = new TreeSet<>(accepted);
        while (!missing.isEmpty() && Instant.now().isBefore(until)) {
            for (JsonObject summary : allExecutions(workflowId)) {
                String id = summary.getString("id");
                if (!numberOf.containsKey(id) && WorkflowLists.finished(summary)) {
                    JsonObject ex = a.get("/v1/executions/" + id).json().getJsonObject("data");
                    numberOf.put(id, Integer.valueOf(ex.getJsonObject("trigger").getJsonObject("event")
                            .getJsonObject("query").getString("n")));
                    var stepsRun = ex.getJsonArray("steps");
                    statusOf.put(id, ex.getString("status") + "/" + stepsRun.size() + "/"
                            + (stepsRun.isEmpty() ? "-" : stepsRun.getJsonObject(0).get("$return_value")));
                }
            }
            missing = new TreeSet<>(accepted);
            missing.removeAll(numberOf.values());
            if (!missing.isEmpty()) {
                Wait.sleep(500);
            }
        }
        assertEquals(Set.of(), missing, "accepted events without a finished execution");
        Map<Integer, List<String>> byNumber = new HashMap<>();
        numberOf.forEach((id, n) -> byNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(id));
        byNumber.forEach((n, ids) -> assertEquals(1, ids.size(), "event " + n + " has one execution: " + ids));
        for (Map.Entry<String, Integer> e : numberOf.entrySet()) {
            if (accepted.contains(e.getValue())) {
                assertEquals("success/1/\"" + e.getValue() + "\"", statusOf.get(e.getKey()), "execution " + e.getKey());
            }
        }
    }

    private List<JsonObject> allExecutions(String workflowId) {
        List<JsonObject> all = new ArrayList<>();
        String after = "";
        while (true) {
            JsonObject page = a.get("/v1/workflows/" + workflowId + "/executions?limit=100" + after).json();
            all.addAll(page.getJsonArray("data").getValuesAs(JsonObject.class));
            if (page.getJsonArray("data").size() < 100) {
                return all;
            }
            after = "&after=" + Api.encode(page.getJsonObject("page_info").getString("end_cursor"));
        }
    }

    /** Events sent to the nodes in turn from four threads until stopped; an event is accepted when it got a 200. */
    private static final class Load implements AutoCloseable {
        final Set<Integer> accepted = ConcurrentHashMap.newKeySet();
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final ExecutorService senders = Executors.newFixedThreadPool(4);
        private final AtomicInteger next = new AtomicInteger();
        private volatile boolean stopped;

        Load(List<String> endpoints) {
            for (int t = 0; t < 4; t++) {
                senders.execute(() -> {
                    while (!stopped) {
                        int n = next.getAndIncrement();
                        String url = endpoints.get(n % endpoints.size()) + "?n=" + n;
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                accepted.add(n);
                            } else {
                                Wait.sleep(50);
                            }
                        } catch (java.io.IOException e) {
                            Wait.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
        }

        void awaitAccepted(int count) {
            Wait.until(count + " accepted events", 180, accepted::size, n -> n >= count);
        }

        Set<Integer> stop() throws InterruptedException {
            stopped = true;
            senders.shutdown();
            assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS), "the senders stopped");
            return Set.copyOf(accepted);
        }

        @Override
        public void close() throws InterruptedException {
            if (!stopped) {
                stop();
            }
        }
    }
}
