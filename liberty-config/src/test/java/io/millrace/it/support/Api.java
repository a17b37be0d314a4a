package io.millrace.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** A client for the server under test: its REST API (with the admin key) and its trigger endpoints. */
public final class Api {
    /**
     * HTTP/1.1, as the SDKs and curl speak to a plain-http server. With the client's default (HTTP/2 by an h2c
     * upgrade) every test shared one connection, and under concurrent requests on a loaded machine that connection
     * stalled: each later request of the run timed out (DataStoreRecordsIT, LongRunningIT, ConnectApiIT).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String apiKey;

    public Api(String base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    /** Whether the integration-test server's application was seen ready by this JVM. */
    private static volatile boolean ready;

    /**
     * The integration-test server started by the build, once its application is ready: the build waits
     * only for the server, and on a loaded machine the application can start well after it.
     */
    public static Api server() {
        Api api = new Api("http://127.0.0.1:" + System.getProperty("millrace.it.http.port"),
                System.getProperty("millrace.it.api.key"));
        if (!ready) {
            api.awaitReady(Duration.ofMinutes(5));
        }
        return api;
    }

    /** Polls {@code /health/ready} until it answers 200 (then returns) or {@code timeout} passes (then returns too). */
    private void awaitReady(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            try {
                HttpResponse<String> reply = HTTP.send(request("/health/ready").timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The API key this client sends (for requests built by hand, such as file uploads). */
    public String apiKey() {
        return apiKey;
    }

    public String base() {
        return base;
    }

    public Reply get(String path) {
        return send(authorized(path).GET().build());
    }

    public Reply post(String path, String json) {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String json) {
        return send(authorized(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply patch(String path, String json) {
        return send(authorized(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** This server with another API key. */
    public Api as(String otherApiKey) {
        return new Api(base, otherApiKey);
    }

    public Reply delete(String path) {
        return send(authorized(path).DELETE().build());
    }

    /** Any request, without the API key (trigger endpoints, health, unauthenticated calls). */
    public Reply raw(HttpRequest.Builder request) {
        return send(request.build());
    }

    public HttpRequest.Builder request(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    /** Creates a workflow with one HTTP trigger and the given steps (a JSON array). */
    public JsonObject createHttpWorkflow(String name, String stepsJson) {
        return created(post("/v1/workflows", "{\"name\":\"" + name + "\",\"triggers\":[{\"type\":\"http\"}],"
                + "\"steps\":" + stepsJson + "}"));
    }

    /** Creates a workflow with one HTTP trigger, the given steps (a JSON array) and settings (a JSON object). */
    public JsonObject createHttpWorkflow(String name, String stepsJson, String settingsJson) {
        return created(post("/v1/workflows", "{\"name\":\"" + name + "\",\"triggers\":[{\"type\":\"http\"}],"
                + "\"steps\":" + stepsJson + ",\"settings\":" + settingsJson + "}"));
    }

    private static JsonObject created(Reply r) {
        if (r.status() != 200) {
            throw new AssertionError("create workflow: " + r.status() + " " + r.body());
        }
        return r.json().getJsonObject("data");
    }

    /** A GET of the workflow's HTTP endpoint (which needs no API key). */
    public Reply trigger(JsonObject workflow) {
        return raw(request(endpoint(workflow)).GET());
    }

    /** A POST of {@code json} (as application/json) to the workflow's HTTP endpoint. */
    public Reply trigger(JsonObject workflow, String json) {
        return raw(request(endpoint(workflow)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Triggers the workflow with a GET and waits for its newest execution to finish; returns it in full. */
    public JsonObject runOnce(JsonObject workflow) {
        trigger(workflow);
        return awaitFinished(workflow.getString("id"));
    }

    /** Waits until the workflow has an execution matching {@code done}, and returns it in full. */
    public JsonObject awaitExecution(String workflowId, Predicate<JsonObject> done) {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            for (JsonValue v : get("/v1/workflows/" + workflowId + "/executions?limit=100").json().getJsonArray("data")) {
                JsonObject summary = v.asJsonObject();
                if (done.test(summary)) {
                    return get("/v1/executions/" + summary.getString("id")).json().getJsonObject("data");
                }
            }
            Wait.pause();
        }
        throw new AssertionError("no matching execution of " + workflowId + " within 60 s");
    }

    /** Waits for the workflow's newest execution to finish. */
    public JsonObject awaitFinished(String workflowId) {
        return awaitExecution(workflowId, e -> !e.getString("status").equals("queued")
                && !e.getString("status").equals("executing"));
    }

    public static String endpoint(JsonObject workflow) {
        return workflow.getJsonArray("triggers").getJsonObject(0).getString("endpoint_url");
    }

    /** {@code text} encoded for a query parameter (a cursor, a URL). */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder authorized(String path) {
        return request(path).header("Authorization", "Bearer " + apiKey);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError("request to " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A response. */
    public record Reply(int status, String body, HttpResponse<String> response) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The JSON error's message, asserting the body is the error shape. */
        public JsonObject error() {
            return json().getJsonObject("error");
        }
    }
}
