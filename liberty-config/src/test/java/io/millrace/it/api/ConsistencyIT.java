package io.millrace.it.api;

import static io.millrace.it.support.Replies.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.Stores;
import io.millrace.it.support.Workspaces;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One rule for every operation of the API, checked over every operation of the /openapi document where
 * it can be: a body without Content-Type, unknown query parameters, an empty limit, unpaired surrogates
 * and invisible direction controls in names; every 429 says when to retry; refused events are counted.
 */
class ConsistencyIT {
    private static final String KEY = "Bearer " + System.getProperty("millrace.it.api.key");
    private static OpenAPI doc;
    /** The caller's own workspace: a workspace the caller is not a member of is 404 before anything else. */
    private static String ownOrg;
    private final Api api = Api.server();

    @BeforeAll
    static void fetchDocument() {
        Api api = Api.server();
        doc = ApiDocument.read(api);
        ownOrg = Workspaces.orgOf(api);
    }

    @Test
    void aBodyWithoutContentTypeIs415OnEveryOperationThatTakesOne() {
        Map<String, String> wrong = new TreeMap<>();
        forEachOperation((method, path, op) -> {
            if (op.getRequestBody() == null || !path.startsWith("/v1/")) {
                return;
            }
            if (op.getRequestBody().getContent() != null
                    && op.getRequestBody().getContent().containsKey("application/octet-stream")) {
                return; // a file upload takes bytes of any type, or of none (curl -T): FileStoreIT uploads without one
            }
            Api.Reply reply = send(method, path, null, "{}");
            if (reply.status() != 415 || !reply.header("content-type").startsWith("application/json")) {
                wrong.put(method + " " + path, reply.status() + " " + reply.body());
            }
        });
        assertEquals(Map.of(), wrong, "operations that took a body without Content-Type");
        assertEquals(200, send("POST", "/v1/workflows", "application/json",
                "{\"name\":\"typed-" + System.nanoTime() + "\"}").status(), "with the header it works");
    }

    @Test
    void anUnknownQueryParameterIs400NamingItOnEveryOperation() {
        Map<String, String> wrong = new TreeMap<>();
        forEachOperation((method, path, op) -> {
            if (!path.startsWith("/v1/") || path.startsWith("/v1/oauth/") || path.equals("/v1/accounts/oauth/callback")) {
                return; // an OAuth provider's redirect carries parameters of its own (iss, session_state, ...)
            }
            Api.Reply reply = send(method, path + "?zz_unknown=1", "application/json", "{}");
            if (reply.status() != 400 || !reply.body().contains("\"field\":\"zz_unknown\"")) {
                wrong.put(method + " " + path, reply.status() + " " + reply.body());
            }
        });
        assertEquals(Map.of(), wrong, "operations that ignored an unknown query parameter");
    }

    @Test
    void aMisspelledFilterIsRefusedInsteadOfListingEverything() {
        JsonObject wf = api.createHttpWorkflow("misspelled-" + System.nanoTime(), "[]");
        String executions = "/v1/workflows/" + wf.getString("id") + "/executions";
        assertRejected(api.get(executions + "?stauts=error"), 400, "stauts");
        assertEquals(200, api.get(executions + "?status=error").status());
        assertRejected(api.get("/v1/workflows?limt=5"), 400, "limt");
        assertRejected(api.get("/v1/workflows?limit=5&Limit=5"), 400, "Limit");
        String org = Workspaces.orgOf(api);
        assertEquals(200, api.get("/v1/workflows?limit=5&include=id&exclude=name&org_id=" + org).status(),
                "the common parameters are known everywhere");
        assertEquals(200, api.raw(api.request(Api.endpoint(wf) + "?anything=goes&x=%41").GET()).status(),
                "an HTTP trigger's query is its event's");
    }

    @Test
    void anEmptyLimitIs400OnEveryOperationThatTakesOne() {
        Map<String, String> wrong = new TreeMap<>();
        forEachOperation((method, path, op) -> {
            boolean paged = op.getParameters() != null && op.getParameters().stream()
                    .anyMatch(p -> "limit".equals(p.getName()) && "query".equals(p.getIn()));
            if (!paged) {
                return;
            }
            for (String limit : List.of("", "%20", "+7")) {
                Api.Reply reply = send(method, path + "?limit=" + limit, null, null);
                if (reply.status() != 400 || !reply.body().contains("\"field\":\"limit\"")) {
                    wrong.put(method + " " + path + "?limit=" + limit, reply.status() + " " + reply.body());
                }
            }
        });
        assertEquals(Map.of(), wrong, "operations that took an empty or padded limit");
    }

    @Test
    void unpairedSurrogatesInJsonStringsAre400NamingTheField() {
        assertRejected(api.post("/v1/workflows", "{\"name\":\"half \\ud800 a smile\"}"), 400, "name");
        String store = Stores.create(api, Workspaces.defaultProject(api), "surrogates").getString("id");
        assertRejected(Stores.put(api, store, "k", "{\"a\":[\"fine\",\"\\udc00\"]}", null), 400, "value.a[1]");
        assertRejected(api.post("/v1/data_stores/" + store + "/records",
                "{\"records\":[{\"key\":\"ok\",\"value\":1},{\"key\":\"\\ud83d\",\"value\":2}]}"), 400, "records[1].key");
        assertRejected(Stores.put(api, store, "k", "{\"\\ude00\":true}", null), 400, "value");
        assertEquals(0, api.get("/v1/data_stores/" + store + "/records").json().getJsonObject("page_info")
                .getInt("total_count"), "nothing was stored");
        Api.Reply pair = Stores.put(api, store, "k", "\"\\ud83d\\ude00\"", null);
        assertEquals(200, pair.status(), pair.body());
        assertEquals("\uD83D\uDE00", pair.json().getJsonObject("data").getString("value"), "a pair is a character");
    }

    @Test
    void nulAndDirectionControlsAreRefusedInNamesAndKeysButOtherUnicodeIsFine() {
        String project = Workspaces.defaultProject(api);
        String org = Workspaces.orgOf(api);
        String store = Stores.create(api, project, "names").getString("id");
        for (String bad : List.of("\\u0000", "\\u202a", "\\u202E", "\\u2066", "\\u2069")) {
            String name = "invoice" + bad + "fdp.exe";
            assertRejected(api.post("/v1/workflows", "{\"name\":\"" + name + "\"}"), 400, "name");
            assertRejected(api.post("/v1/projects/" + project + "/data_stores", "{\"name\":\"" + name + "\"}"), 400, "name");
            assertRejected(api.put("/v1/data_stores/" + store, "{\"name\":\"" + name + "\"}"), 400, "name");
            assertRejected(api.post("/v1/workspaces/" + org + "/oauth_clients", "{\"name\":\"" + name + "\"}"), 400, "name");
            assertRejected(api.post("/v1/data_stores/" + store + "/records",
                    "{\"records\":[{\"key\":\"" + name + "\",\"value\":1}]}"), 400, "records[0].key");
        }
        for (String bad : List.of("%00", "%E2%80%AE", "%E2%81%A7")) {
            assertRejected(api.put("/v1/data_stores/" + store + "/record?key=a" + bad, "{\"value\":1}"), 400, "key");
            assertRejected(api.post("/v1/webhooks?url=https://example.com/hook&name=a" + bad, ""), 400, "name");
            assertRejected(api.post("/v1/auto_subscriptions?listener_id=p_nosuch00&event_name=a" + bad, ""), 400,
                    "event_name");
        }
        String ordinary = "Café – 日本語 😀 עברית " + System.nanoTime();
        Api.Reply workflow = api.post("/v1/workflows", "{\"name\":\"" + ordinary + "\"}");
        assertEquals(200, workflow.status(), workflow.body());
        assertEquals(ordinary, workflow.json().getJsonObject("data").getString("name"));
        assertEquals(200, api.put("/v1/data_stores/" + store, "{\"name\":\"" + ordinary + "\"}").status());
        assertEquals(200, Stores.put(api, store, ordinary, "1", null).status());
        assertEquals(1, api.get("/v1/data_stores/" + store + "/records").json().getJsonObject("page_info")
                .getInt("total_count"), "only the ordinary key was stored");
    }

    @Test
    void aFullQueueSaysWhenToRetry() {
        JsonObject wf = api.createHttpWorkflow("retry-after-" + System.nanoTime(), JsCode.steps(JsCode.step("s",
                "export default defineComponent({ async run() { return 1 } })")),
                "{\"throttle\":{\"limit\":0,\"interval_seconds\":30},\"queue_size\":1}");
        assertEquals(200, api.raw(api.request(Api.endpoint(wf)).GET()).status());
        Api.Reply full = api.raw(api.request(Api.endpoint(wf)).GET());
        assertEquals(429, full.status(), full.body());
        assertEquals("30", full.header("retry-after"), "a throttled queue frees up with the next window");

        JsonObject serial = api.createHttpWorkflow("retry-after-serial-" + System.nanoTime(), JsCode.steps(
                JsCode.step("s", "export default defineComponent({ async run() { await new Promise(r => setTimeout(r, 3000)); return 1 } })")),
                "{\"concurrency\":1,\"queue_size\":1}");
        Api.Reply refused = null;
        for (int i = 0; i < 5 && refused == null; i++) {
            Api.Reply r = api.raw(api.request(Api.endpoint(serial)).GET());
            refused = r.status() == 429 ? r : null;
        }
        assertNotNull(refused, "the queue filled up");
        assertTrue(Integer.parseInt(refused.header("retry-after")) >= 1, refused.header("retry-after"));
    }

    @Test
    void eventsRefusedAtTheDoorAreCountedAsErrorExecutions() {
        JsonObject big = api.createHttpWorkflow("counted-413-" + System.nanoTime(), "[]");
        Api.Reply tooLarge = api.raw(api.request(Api.endpoint(big)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(512 * 1024 + 1))));
        assertEquals(413, tooLarge.status(), tooLarge.body());

        JsonObject full = api.createHttpWorkflow("counted-429-" + System.nanoTime(), JsCode.steps(JsCode.step("s",
                "export default defineComponent({ async run() { return 1 } })")),
                "{\"throttle\":{\"limit\":0,\"interval_seconds\":60},\"queue_size\":1}");
        assertEquals(200, api.raw(api.request(Api.endpoint(full)).GET()).status());
        assertEquals(429, api.raw(api.request(Api.endpoint(full)).GET()).status());
        assertEquals(429, api.raw(api.request(Api.endpoint(full)).GET()).status());

        String metrics = api.raw(api.request("/metrics?scope=application").header("Authorization", KEY).GET()).body();
        assertEquals(1, errors(metrics, big.getString("id")), "the 413");
        assertEquals(2, errors(metrics, full.getString("id")), "the two Event Queue Full");
    }

    /** {@code millrace_executions_total{status="error"}} of the workflow, or -1 when absent. */
    private static double errors(String metrics, String workflow) {
        Matcher m = Pattern.compile("(?m)^millrace_executions_total\\{([^}]*)\\} ([0-9.eE+-]+)$").matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains("workflow=\"" + workflow + "\"") && m.group(1).contains("status=\"error\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        return -1;
    }

    private interface OperationVisitor {
        void visit(String method, String path, Operation op);
    }

    /**
     * Every operation of the document, its path parameters filled with values their patterns accept: ids
     * that do not exist, except {@code org_id}, the caller's own workspace (the request works in it).
     */
    private static void forEachOperation(OperationVisitor visitor) {
        doc.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) -> {
            List<Parameter> params = new ArrayList<>();
            if (item.getParameters() != null) {
                params.addAll(item.getParameters());
            }
            if (op.getParameters() != null) {
                params.addAll(op.getParameters());
            }
            String path = template;
            for (Parameter p : params) {
                if ("path".equals(p.getIn())) {
                    List<?> values = p.getSchema() == null ? null : p.getSchema().getEnum();
                    String value = values != null && !values.isEmpty() ? values.get(0).toString()
                            : p.getName().equals("org_id") ? ownOrg : "x_nosuch1";
                    path = path.replace("{" + p.getName() + "}", value);
                }
            }
            visitor.visit(method.name(), path, op);
        }));
    }

    private Api.Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = api.request(path).header("Authorization", KEY);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return api.raw(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }
}
