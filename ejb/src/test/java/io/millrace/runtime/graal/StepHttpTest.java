package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static io.millrace.runtime.graal.StepTesting.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.millrace.runtime.LogEntry;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.host.JsonStrings;

/** fetch, axios and @pipedream/platform's axios against a local HTTP server. */
class StepHttpTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;
    private static HttpServer server;
    private static ExecutorService serverThreads;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withEgress(StepTesting.LOOPBACK_ALLOWED));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/echo", StepHttpTest::echo);
        server.createContext("/status/", exchange -> {
            int status = Integer.parseInt(exchange.getRequestURI().getPath().substring("/status/".length()));
            send(exchange, status, "application/json", "{\"error\":\"status " + status + "\"}");
        });
        server.createContext("/text", exchange -> send(exchange, 200, "text/plain; charset=utf-8", "héllo, not json"));
        server.createContext("/bytes", exchange -> {
            byte[] bytes = new byte[256];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            send(exchange, 200, "application/octet-stream", bytes);
        });
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "/echo?from=redirect");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            long millis = query != null && query.startsWith("ms=") ? Long.parseLong(query.substring(3)) : 3000;
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "application/json", "{\"slept\":" + millis + "}");
        });
        server.createContext("/gzip", exchange -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write("{\"zipped\":true}".getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            send(exchange, 200, "application/json", out.toByteArray());
        });
        server.createContext("/big", exchange -> send(exchange, 200, "text/plain", new byte[200_000]));
        server.createContext("/cookies", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "a=1");
            exchange.getResponseHeaders().add("Set-Cookie", "b=2");
            send(exchange, 200, "text/plain", "ok");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
        runtime.close();
        scheduler.shutdownNow();
    }

    /** Answers with a JSON description of the request. */
    private static void echo(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        String json = "{\"method\":" + JsonStrings.quote(exchange.getRequestMethod())
                + ",\"path\":" + JsonStrings.quote(exchange.getRequestURI().getPath())
                + ",\"query\":" + (query == null ? "null" : JsonStrings.quote(query))
                + ",\"headers\":" + JsonStrings.write(headers)
                + ",\"body\":" + JsonStrings.quote(body) + "}";
        exchange.getResponseHeaders().add("X-Echo", "yes");
        send(exchange, 200, "application/json; charset=utf-8", json);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static StepOutcome run(String code) {
        return run(code, Map.of(), Instant.now().plusSeconds(20));
    }

    private static StepOutcome run(String code, Map<String, String> env, Instant deadline) {
        String steps = "{\"trigger\":{\"event\":{\"base\":" + JsonStrings.quote(base) + "},\"context\":{}}}";
        return runtime.run(new StepInvocation("http_step", code, "{}", steps, deadline, env), StepListener.NONE);
    }

    /** A step whose run is {@code body}, with {@code base} bound to the server's URL. */
    private static String step(String imports, String body) {
        return imports + "\n" + component("async run({ steps, $ }) {\n const base = steps.trigger.event.base;\n" + body + "\n}");
    }

    private static void assertSucceeded(StepOutcome outcome) {
        assertNull(outcome.error(), () -> outcome.error() + " " + outcome.logs());
        assertFalse(outcome.timedOut());
    }

    @Test
    void fetchGetsJsonWithStatusAndHeaders() {
        StepOutcome outcome = run(step("", """
                const res = await fetch(base + '/echo?x=1');
                const body = await res.json();
                return [res.status, res.ok, res.statusText, res.headers.get('x-echo'), res.headers.has('X-ECHO'),
                        res.headers.get('content-type'), body.method, body.query, body.headers.accept, res.bodyUsed,
                        res.url === base + '/echo?x=1', res.redirected];"""));
        assertSucceeded(outcome);
        assertEquals("[200,true,\"OK\",\"yes\",true,\"application/json; charset=utf-8\",\"GET\",\"x=1\",\"*/*\",true,true,false]",
                outcome.returnValueJson());
    }

    @Test
    void fetchPostsBodiesAndHeaders() {
        StepOutcome outcome = run(step("", """
                const headers = new Headers({ 'X-One': '1' });
                headers.append('x-two', 'a');
                headers.append('X-Two', 'b');
                const json = await (await fetch(base + '/echo', { method: 'post', headers, body: JSON.stringify({ a: 1 }) })).json();
                const form = await (await fetch(new Request(base + '/echo', { method: 'PUT',
                    body: new URLSearchParams({ q: 'a b' }) }))).json();
                const bytes = await (await fetch(base + '/echo', { method: 'PATCH', body: new Uint8Array([104, 105]) })).json();
                const seen = [];
                new Headers([['b', '2'], ['a', '1']]).forEach((v, k) => seen.push(k + '=' + v));
                return [json.method, json.headers['x-one'], json.headers['x-two'], json.headers['content-type'], json.body,
                        form.method, form.headers['content-type'], form.body, bytes.method, bytes.body,
                        seen.join('&'), [...headers.entries()].length];"""));
        assertSucceeded(outcome);
        assertEquals("[\"POST\",\"1\",\"a, b\",\"text/plain;charset=UTF-8\",\"{\\\"a\\\":1}\","
                + "\"PUT\",\"application/x-www-form-urlencoded;charset=UTF-8\",\"q=a+b\",\"PATCH\",\"hi\",\"a=1&b=2\",2]",
                outcome.returnValueJson());
    }

    @Test
    void fetchReadsTextBytesAndRedirects() {
        StepOutcome outcome = run(step("", """
                const text = await (await fetch(base + '/text')).text();
                const buffer = await (await fetch(base + '/bytes')).arrayBuffer();
                const bytes = new Uint8Array(buffer);
                const redirected = await fetch(base + '/redirect');
                const missing = await fetch(base + '/status/404');
                const zipped = await (await fetch(base + '/gzip')).json();
                const cookies = await fetch(base + '/cookies');
                return [text, buffer instanceof ArrayBuffer, bytes.length, bytes[255], redirected.redirected,
                        new URL(redirected.url).pathname, (await redirected.json()).query, missing.status, missing.ok,
                        missing.statusText, zipped.zipped, cookies.headers.getSetCookie()];"""));
        assertSucceeded(outcome);
        assertEquals("[\"héllo, not json\",true,256,255,true,\"/echo\",\"from=redirect\",404,false,\"Not Found\",true,[\"a=1\",\"b=2\"]]",
                outcome.returnValueJson());
    }

    @Test
    void responseAndRequestCanBeConstructed() {
        StepOutcome outcome = run(step("", """
                const r = new Response('{"a":1}', { status: 201, headers: { 'X-A': 'b' } });
                const j = Response.json({ b: 2 });
                const req = new Request('https://example.com/x?y=1', { method: 'POST', body: 'hi' });
                let reused;
                try { await r.clone().text(); const t = await r.text(); await r.text(); } catch (e) { reused = e.name; }
                return [r.status, r.ok, r.headers.get('x-a'), await j.json(), j.headers.get('content-type'),
                        req.method, req.url, await req.text(), reused];"""));
        assertSucceeded(outcome);
        assertEquals("[201,true,\"b\",{\"b\":2},\"application/json\",\"POST\",\"https://example.com/x?y=1\",\"hi\",\"TypeError\"]",
                outcome.returnValueJson());
    }

    @Test
    void axiosSendsConfigAndParsesResponses() {
        StepOutcome outcome = run(step("import axios from 'axios';", """
                const get = await axios({ method: 'GET', url: base + '/echo', params: { postId: 1, tags: ['a', 'b'], skip: undefined },
                                          headers: { 'X-Api-Key': '123' } });
                const post = await axios.post(base + '/echo', { name: 'Luke' });
                const form = await axios.put('/echo', new URLSearchParams({ a: '1' }), { baseURL: base + '/' });
                const text = await axios.get(base + '/text');
                const forcedText = await axios.get(base + '/echo', { responseType: 'text' });
                const bytes = await axios.get(base + '/bytes', { responseType: 'arraybuffer' });
                const head = await axios.head(base + '/echo');
                const del = await axios.delete(base + '/echo');
                return [get.status, get.statusText, get.data.query, get.data.headers['x-api-key'], get.data.headers.accept,
                        get.headers['x-echo'], get.config.method, post.data.method, post.data.headers['content-type'],
                        post.data.body, form.data.method, form.data.headers['content-type'], form.data.body, text.data,
                        typeof forcedText.data, Buffer.isBuffer(bytes.data), bytes.data.length, head.data, del.data.method];"""));
        assertSucceeded(outcome);
        assertEquals("[200,\"OK\",\"postId=1&tags[]=a&tags[]=b\",\"123\",\"application/json, text/plain, */*\",\"yes\","
                + "\"get\",\"POST\",\"application/json\",\"{\\\"name\\\":\\\"Luke\\\"}\",\"PUT\","
                + "\"application/x-www-form-urlencoded;charset=utf-8\",\"a=1\",\"héllo, not json\",\"string\",true,256,\"\",\"DELETE\"]",
                outcome.returnValueJson());
    }

    @Test
    void axiosThrowsForErrorStatusesUnlessValidateStatusSaysOtherwise() {
        StepOutcome outcome = run(step("import axios, { isAxiosError } from 'axios';", """
                let caught;
                try { await axios.get(base + '/status/404'); } catch (e) { caught = e; }
                const ok = await axios({ url: base + '/status/500', validateStatus: () => true });
                return [caught.message, caught.name, caught.code, caught.response.status, caught.response.data,
                        caught.response.headers['content-type'], isAxiosError(caught), ok.status, ok.data.error];"""));
        assertSucceeded(outcome);
        assertEquals("[\"Request failed with status code 404\",\"AxiosError\",\"ERR_BAD_REQUEST\",404,{\"error\":\"status 404\"},"
                + "\"application/json\",true,500,\"status 500\"]", outcome.returnValueJson());
        StepOutcome uncaught = run(step("import axios from 'axios';", "await axios.get(base + '/status/503');"));
        assertEquals("AxiosError", uncaught.error().name());
        assertEquals("Request failed with status code 503", uncaught.error().message());
    }

    @Test
    void axiosInstancesAndInterceptors() {
        StepOutcome outcome = run(step("import axios from 'axios';", """
                const api = axios.create({ baseURL: base, headers: { 'X-Team': 't1' } });
                api.interceptors.request.use(config => { config.headers = { ...config.headers, 'X-Added': 'yes' }; return config; });
                api.interceptors.response.use(response => response.data);
                const data = await api.get('/echo');
                return [data.headers['x-team'], data.headers['x-added'], data.path];"""));
        assertSucceeded(outcome);
        assertEquals("[\"t1\",\"yes\",\"/echo\"]", outcome.returnValueJson());
    }

    @Test
    void platformAxiosReturnsDataAndThrowsLikeAxios() {
        StepOutcome outcome = run(step("import { axios } from '@pipedream/platform';", """
                const data = await axios($, { url: base + '/echo', method: 'post', data: { channel: 'C1' } });
                let caught;
                try { await axios($, { url: base + '/status/401' }); } catch (e) { caught = e; }
                return [data.method, data.body, caught.message, caught.response.status];"""));
        assertSucceeded(outcome);
        assertEquals("[\"POST\",\"{\\\"channel\\\":\\\"C1\\\"}\",\"Request failed with status code 401\",401]",
                outcome.returnValueJson());
        assertTrue(outcome.exportsJson().contains("\"debug\":{\"status\":401"), outcome.exportsJson());
    }

    @Test
    void platformAxiosGivesTheFullResponseWhenAskedAndMakesInstances() {
        StepOutcome outcome = run(step("import { axios, ConfigurationError } from '@pipedream/platform';", """
                const full = await axios($, { url: base + '/echo', method: 'post', data: { a: 1 }, returnFullResponse: true });
                const api = axios.create({ baseURL: base });
                const viaInstance = (await api({ url: '/echo', method: 'put' })).data;
                let refused; try { await axios($, { url: base + '/echo', body: 'x' }); } catch (e) { refused = e instanceof ConfigurationError; }
                return [full.status, full.data.method, typeof full.headers, viaInstance.method, refused];"""));
        assertSucceeded(outcome);
        assertEquals("[200,\"POST\",\"object\",\"PUT\",true]", outcome.returnValueJson());
    }

    @Test
    void eachRequestIsLoggedWithoutQueryHeadersBodiesOrSecrets() {
        String secret = "sk_live_abcdef123456";
        StepOutcome outcome = run(step("import axios from 'axios';", """
                await axios.get(base + '/echo/' + process.env.API_KEY, { params: { api_key: process.env.API_KEY },
                                headers: { Authorization: 'Bearer ' + process.env.API_KEY } });
                await fetch(base + '/status/404', { method: 'POST', body: 'secret body' });"""),
                Map.of("API_KEY", secret), Instant.now().plusSeconds(20));
        assertSucceeded(outcome);
        assertEquals(2, outcome.logs().size(), () -> outcome.logs().toString());
        for (LogEntry entry : outcome.logs()) {
            assertEquals("info", entry.level());
            assertFalse(entry.message().contains(secret), entry.message());
            assertFalse(entry.message().contains("secret body"), entry.message());
        }
        assertTrue(outcome.logs().get(0).message().matches(
                "GET http://127\\.0\\.0\\.1:\\d+/echo/\\*\\*\\*\\?\u2026 \u2192 200 \\(\\d+ ms\\)"), outcome.logs().get(0).message());
        assertTrue(outcome.logs().get(1).message().matches(
                "POST http://127\\.0\\.0\\.1:\\d+/status/404 \u2192 404 \\(\\d+ ms\\)"), outcome.logs().get(1).message());
    }

    @Test
    void onlyHttpAndHttpsAreAllowed() {
        StepOutcome outcome = run(step("import axios from 'axios';", """
                const errors = [];
                for (const url of ['file:///etc/passwd', 'ftp://example.com/x', 'data:text/plain,hi']) {
                  try { await fetch(url); } catch (e) { errors.push(e.name + ': ' + e.message + ' / ' + e.cause.message); }
                  try { await axios.get(url); } catch (e) { errors.push(e.message); }
                }
                return errors;"""));
        assertSucceeded(outcome);
        assertEquals("[\"TypeError: fetch failed / Unsupported protocol file:\",\"Unsupported protocol file:\","
                + "\"TypeError: fetch failed / Unsupported protocol ftp:\",\"Unsupported protocol ftp:\","
                + "\"TypeError: fetch failed / Unsupported protocol data:\",\"Unsupported protocol data:\"]",
                outcome.returnValueJson());
    }

    @Test
    void networkErrorsAndTimeoutsHaveNodeCodes() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        StepOutcome outcome = run(step("import axios from 'axios';", """
                const out = [];
                try { await axios.get('http://127.0.0.1:%d/x'); } catch (e) { out.push(e.code, e.message, e.response === undefined); }
                try { await axios.get(base + '/slow?ms=3000', { timeout: 200 }); } catch (e) { out.push(e.code, e.message); }
                try { await fetch('http://127.0.0.1:%d/x'); } catch (e) { out.push(e.message, e.cause.code); }
                try { await axios.get(base + '/big', { maxContentLength: 1000 }); } catch (e) { out.push(e.message); }
                return out;""".formatted(closedPort, closedPort)));
        assertSucceeded(outcome);
        assertEquals("[\"ECONNREFUSED\",\"connect ECONNREFUSED 127.0.0.1:" + closedPort + "\",true,\"ECONNABORTED\","
                + "\"timeout of 200ms exceeded\",\"fetch failed\",\"ECONNREFUSED\",\"maxContentLength size of 1000 exceeded\"]",
                outcome.returnValueJson());
    }

    @Test
    void requestsRunInParallel() {
        long started = System.nanoTime();
        StepOutcome outcome = run(step("import axios from 'axios';", """
                const all = await Promise.all([1, 2, 3, 4].map(() => axios.get(base + '/slow?ms=600')));
                return all.map(r => r.data.slept);"""));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertSucceeded(outcome);
        assertEquals("[600,600,600,600]", outcome.returnValueJson());
        assertTrue(millis < 2000, "took " + millis + " ms");
    }

    @Test
    void theDeadlineCutsARequestShort() {
        long started = System.nanoTime();
        StepOutcome outcome = run(step("", "await fetch(base + '/slow?ms=5000'); return 1;"), Map.of(),
                Instant.now().plusMillis(800));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(outcome.timedOut());
        assertTrue(millis < 3000, "took " + millis + " ms");
        assertEquals("1", run(step("", "return (await fetch(base + '/echo')).ok ? 1 : 0;")).returnValueJson());
    }

    @Test
    void validationMakesNoRequests() {
        // top-level code that fetches during validation gets a rejected promise, not a request
        runtime.validate("v", "const p = fetch('http://127.0.0.1:1/x').catch(e => e);\n" + component("run() {}"));
        assertEquals(List.of(), messages(run(component("run() {}"))));
    }
}
