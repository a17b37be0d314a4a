package io.millrace.it.api;

import static io.millrace.it.support.Replies.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input gets a 4xx JSON error naming the field, never a 500, and nothing is half-created. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {
    private static final String RUN = "rejected-" + System.nanoTime() + "-";
    private static final String OK = "export default defineComponent({ async run() { return 1 } })";
    /** Names of workflows whose creation was refused. */
    private static final Set<String> REJECTED = ConcurrentHashMap.newKeySet();

    private final Api api = Api.server();

    @Test
    void bodiesThatAreNotAJsonObjectAre400() {
        assertRejected(api.post("/v1/workflows", "{\"name\": "), 400, null);
        assertRejected(api.post("/v1/workflows", "{\"name\": \"" + RUN + "trailing\", }"), 400, null);
        REJECTED.add(RUN + "trailing");
        assertRejected(api.post("/v1/workflows", ""), 400, null);
        assertRejected(api.post("/v1/workflows", "[{\"name\": \"x\"}]"), 400, null);
        assertRejected(api.post("/v1/workflows", "\"just a string\""), 400, null);
    }

    @Test
    void nameIsRequiredAndMustBeAString() {
        assertRejected(api.post("/v1/workflows", """
                {"triggers": [{"type": "http"}], "steps": []}"""), 400, "name");
        assertRejected(api.post("/v1/workflows", """
                {"name": 42, "steps": []}"""), 400, "name");
        assertRejected(api.post("/v1/workflows", """
                {"name": "   ", "steps": []}"""), 400, "name");
    }

    @Test
    void anUnknownTopLevelFieldIsNamed() {
        Api.Reply reply = create("unknown-top", """
                "colour": "red", "steps": []""");
        assertRejected(reply, 400, "colour");
        assertTrue(reply.error().getString("message").contains("colour"), reply.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            active-string     | "active": "yes"                                          | active
            active-number     | "active": 1                                              | active
            triggers-object   | "triggers": {"type": "http"}                             | triggers
            trigger-pigeon    | "triggers": [{"type": "carrier-pigeon"}]                 | triggers[0].type
            trigger-no-type   | "triggers": [{}]                                         | triggers[0].type
            trigger-extra     | "triggers": [{"type": "http", "path": "/x"}]             | triggers[0].path
            trigger-string    | "triggers": ["http"]                                     | triggers[0]
            steps-object      | "steps": {"name": "a"}                                   | steps
            step-no-code      | "steps": [{"name": "a"}]                                 | steps[0].code
            step-code-number  | "steps": [{"name": "a", "code": 7}]                      | steps[0].code
            step-no-name      | "steps": [{"code": "x"}]                                 | steps[0].name
            step-space        | "steps": [{"name": "get data", "code": "x"}]             | steps[0].name
            step-dash         | "steps": [{"name": "get-data", "code": "x"}]             | steps[0].name
            step-digit        | "steps": [{"name": "1st", "code": "x"}]                  | steps[0].name
            step-trigger      | "steps": [{"name": "trigger", "code": "x"}]              | steps[0].name
            step-extra        | "steps": [{"name": "a", "code": "x", "timeout": 3}]      | steps[0].timeout
            step-python       | "steps": [{"name": "a", "code": "x", "lang": "python"}]  | steps[0].lang
            step-type         | "steps": [{"name": "a", "code": "x", "type": "action"}]  | steps[0].type
            step-props-array  | "steps": [{"name": "a", "code": "x", "props": []}]       | steps[0].props
            settings-array    | "settings": []                                           | settings
            timeout-text      | "settings": {"timeout_seconds": "ten"}                   | settings.timeout_seconds
            timeout-zero      | "settings": {"timeout_seconds": 0}                       | settings.timeout_seconds
            timeout-huge      | "settings": {"timeout_seconds": 100000}                  | settings.timeout_seconds
            timeout-fraction  | "settings": {"timeout_seconds": 1.5}                     | settings.timeout_seconds
            setting-unknown   | "settings": {"retries": 3}                               | settings.retries
            project-unknown   | "project_id": "proj_nosuchpr"                            | project_id
            project-number    | "project_id": 5                                          | project_id
            """)
    void aBadFieldIs400NamingIt(String label, String fields, String field) {
        assertRejected(create(label, fields), 400, field);
    }

    @Test
    void duplicateStepNamesNameTheSecond() {
        assertRejected(create("dupes", """
                "steps": [%s, %s]""".formatted(JsCode.step("same", OK), JsCode.step("same", OK))), 400, "steps[1].name");
    }

    @Test
    void aJavaScriptSyntaxErrorIsLocated() {
        Api.Reply reply = create("syntax", """
                "steps": [%s, %s]""".formatted(JsCode.step("fine", OK), JsCode.step("broken", """
                export default defineComponent({
                  async run() { return 1 +; },
                })""")));
        assertRejected(reply, 400, "steps[1].code");
        String message = reply.error().getString("message");
        assertTrue(message.contains("line 2"), message);
        assertTrue(message.contains("column"), message);
        assertTrue(message.contains("broken"), message);
    }

    @Test
    void aComponentWithoutRunIsRejected() {
        assertRejected(create("no-run", """
                "steps": [%s]""".formatted(JsCode.step("lazy",
                "export default defineComponent({ props: { a: { type: 'string' } } })"))), 400, "steps[0].code");
        assertRejected(create("no-export", """
                "steps": [%s]""".formatted(JsCode.step("plain", "const x = 1;"))), 400, "steps[0].code");
    }

    @Test
    void aLiteralPropValueThatDoesNotFitItsPropIsRejectedAtDeploy() {
        String code = "export default defineComponent({ props: { count: { type: 'integer', min: 1, max: 10 },"
                + " color: { type: 'string', options: ['red', 'blue'], optional: true } }, async run() { return this.count } })";
        Api.Reply tooBig = create("prop-max", "\"steps\": [%s, %s]".formatted(JsCode.step("fine", OK),
                Json.createObjectBuilder().add("name", "counted").add("code", code)
                        .add("props", Json.createObjectBuilder().add("count", 11)).build()));
        assertRejected(tooBig, 400, "steps[1].props.count");
        String message = tooBig.error().getString("message");
        assertTrue(message.contains("counted") && message.contains("at most 10"), message);
        assertRejected(create("prop-option", "\"steps\": [%s]".formatted(Json.createObjectBuilder().add("name", "a")
                .add("code", code).add("props", Json.createObjectBuilder().add("count", "3").add("color", "green")).build())),
                400, "steps[0].props.color");
        assertRejected(create("prop-missing", "\"steps\": [%s]".formatted(JsCode.step("a", code))), 400, "steps[0].props.count");
        // an expression is checked when the step runs, not at deploy
        JsonObject ok = api.createHttpWorkflow(RUN + "prop-expression", "[%s]".formatted(Json.createObjectBuilder()
                .add("name", "a").add("code", code)
                .add("props", Json.createObjectBuilder().add("count", "{{steps.trigger.event.body.n}}")).build()));
        assertTrue(ok.getString("id").startsWith("p_"), ok.toString());
    }

    @Test
    void aTooDeeplyNestedBodyIs400() {
        assertRejected(api.post("/v1/workflows", "[".repeat(2000)), 400, null);
    }

    @Test
    void aTimeoutBeyondTheLongRangeIsRejectedNotWrappedAround() {
        assertRejected(api.post("/v1/workflows", """
                {"name": "%swrapped", "settings": {"timeout_seconds": 18446744073709551617}}""".formatted(RUN)),
                400, "settings.timeout_seconds");
    }

    @Test
    void anOverlongWorkflowNameIs400() {
        assertRejected(api.post("/v1/workflows", """
                {"name": "%s"}""".formatted("n".repeat(10_000))), 400, "name");
    }

    @Test
    void anOverlongStepNameIs400() {
        assertRejected(api.post("/v1/workflows", """
                {"name": "%slong-step", "steps": [%s]}""".formatted(RUN, JsCode.step("s".repeat(1000), OK))),
                400, "steps[0].name");
    }

    @Test
    void unknownIdsAre404() {
        String put = Json.createObjectBuilder().add("name", RUN + "put").build().toString();
        assertRejected(api.put("/v1/workflows/p_nosuchwf", put), 404, null);
        assertRejected(api.get("/v1/workflows/p_nosuchwf"), 404, null);
        assertRejected(api.delete("/v1/workflows/p_nosuchwf"), 404, null);
        assertRejected(api.get("/v1/executions/unknown"), 404, null);
    }

    @Test
    void aRejectedUpdateChangesNothing() {
        JsonObject wf = api.createHttpWorkflow(RUN + "stable", JsCode.steps(JsCode.step("a", OK)));
        String path = "/v1/workflows/" + wf.getString("id");
        assertRejected(api.put(path, """
                {"name": "%s", "active": false, "steps": [%s], "settings": {"timeout_seconds": 0}}"""
                .formatted(RUN + "renamed", JsCode.step("b", OK))), 400, "settings.timeout_seconds");
        assertRejected(api.put(path, """
                {"active": false, "steps": [%s]}""".formatted(JsCode.step("b", "export default 1 +"))),
                400, "steps[0].code");
        assertRejected(api.put(path, "{\"active\": false, \"name\": \"\"}"), 400, "name");
        assertRejected(api.put(path, "not json"), 400, null);
        JsonObject after = api.get(path).json().getJsonObject("data");
        assertEquals(wf.getString("name"), after.getString("name"));
        assertTrue(after.getBoolean("active"));
        assertEquals(1, after.getInt("version"));
        assertEquals(wf.getString("deployment_id"), after.getString("deployment_id"));
        assertEquals(wf.getJsonArray("steps"), after.getJsonArray("steps"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void nothingRejectedWasHalfCreated() {
        assertRejected(create("last", """
                "steps": [%s]""".formatted(JsCode.step("a", "syntax error here"))), 400, "steps[0].code");
        Set<String> names = WorkflowLists.allNames(api);
        assertTrue(REJECTED.size() > 10, "the rejections ran first: " + REJECTED);
        for (String rejected : REJECTED) {
            assertFalse(names.contains(rejected), "a rejected create left workflow " + rejected);
        }
        assertFalse(names.contains(RUN + "renamed"), "a rejected update renamed a workflow");
        assertTrue(names.contains(RUN + "stable"), "the listing does show workflows of this run");
    }

    /** POSTs {@code {"name": RUN + label, "triggers": [{"type": "http"}], <fields>}} (fields may override). */
    private Api.Reply create(String label, String fields) {
        String name = RUN + label;
        REJECTED.add(name);
        String triggers = fields.contains("\"triggers\"") ? "" : "\"triggers\": [{\"type\": \"http\"}], ";
        return api.post("/v1/workflows", "{\"name\": \"" + name + "\", " + triggers + fields + "}");
    }
}
