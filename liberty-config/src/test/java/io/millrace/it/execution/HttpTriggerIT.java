package io.millrace.it.execution;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** Webhook → JavaScript step → inspectable execution, through the real server. */
class HttpTriggerIT {
    private final Api api = Api.server();

    @Test
    void aJsonPostRunsTheStepAndTheExecutionShowsEventContextExportsAndLogs() {
        JsonObject wf = api.createHttpWorkflow("greeter", steps(step("greet", """
                export default defineComponent({
                  props: { greeting: { type: "string", default: "Hello" } },
                  async run({ steps, $ }) {
                    console.log("name is", steps.trigger.event.body.name);
                    console.error("careful");
                    $.export("who", steps.trigger.event.body.name);
                    return `${this.greeting}, ${steps.trigger.event.body.name}!`;
                  },
                })""")));
        String url = Api.endpoint(wf);
        assertTrue(url.matches("http://.+/e/e[a-z0-9]{15}"), url);

        Api.Reply reply = api.raw(api.request(url + "/orders/42?x=1&y=two")
                .header("Content-Type", "application/json").header("X-Custom-Header", "Abc")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\"}")));
        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("Success!"), reply.body());

        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("success", ex.getString("status"));
        JsonObject event = ex.getJsonObject("trigger").getJsonObject("event");
        assertEquals("POST", event.getString("method"));
        assertEquals("/orders/42", event.getString("path"));
        assertEquals("1", event.getJsonObject("query").getString("x"));
        assertEquals("two", event.getJsonObject("query").getString("y"));
        assertEquals("Abc", event.getJsonObject("headers").getString("x-custom-header"));
        assertEquals("Ada", event.getJsonObject("body").getString("name"));
        assertEquals("127.0.0.1", event.getString("client_ip"));
        assertTrue(event.getString("url").endsWith("/orders/42?x=1&y=two"));

        JsonObject context = ex.getJsonObject("trigger").getJsonObject("context");
        assertEquals(ex.getString("id"), context.getString("id"));
        assertEquals(wf.getString("id"), context.getString("workflow_id"));
        assertEquals("greeter", context.getString("workflow_name"));
        assertEquals(wf.getString("deployment_id"), context.getString("deployment_id"));
        assertEquals(wf.getJsonArray("triggers").getJsonObject(0).getString("id"), context.getString("emitter_id"));
        assertEquals(wf.getString("org_id"), context.getString("owner_id"));
        assertFalse(context.getBoolean("replay"));
        assertNotNull(context.getString("ts"));

        JsonObject greet = ex.getJsonArray("steps").getJsonObject(0);
        assertEquals("greet", greet.getString("name"));
        assertEquals("success", greet.getString("status"));
        assertEquals("Hello, Ada!", greet.getString("$return_value"));
        assertEquals("Ada", greet.getJsonObject("exports").getString("who"));
        assertEquals("log", greet.getJsonArray("logs").getJsonObject(0).getString("level"));
        assertEquals("name is Ada", greet.getJsonArray("logs").getJsonObject(0).getString("message"));
        assertEquals("error", greet.getJsonArray("logs").getJsonObject(1).getString("level"));
        assertTrue(greet.getInt("duration_ms") >= 0);
        assertTrue(ex.getInt("duration_ms") >= 0);
    }

    @Test
    void laterStepsSeeEarlierExportsAndReturnValuesAndConfiguredProps() {
        JsonObject wf = api.post("/v1/workflows", """
                {"name": "chain", "triggers": [{"type": "http"}], "steps": [
                  {"name": "first", "code": "export default defineComponent({ async run({ $ }) { $.export('n', 41); return 'one' } })"},
                  {"name": "second", "props": {"suffix": "!"}, "code": "export default defineComponent({ props: { suffix: { type: 'string' } }, async run({ steps }) { return steps.first.$return_value + (steps.first.n + 1) + this.suffix } })"}
                ]}""").json().getJsonObject("data");
        api.raw(api.request(Api.endpoint(wf)).GET());
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("success", ex.getString("status"));
        assertEquals("one42!", ex.getJsonArray("steps").getJsonObject(1).getString("$return_value"));
    }

    @Test
    void formAndTextBodiesAreParsedAsTheSeedDescribes() {
        JsonObject wf = api.createHttpWorkflow("bodies", steps(step("s",
                "export default defineComponent({ async run({ steps }) { return steps.trigger.event.body } })")));
        api.raw(api.request(Api.endpoint(wf)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Leia&title=General")));
        JsonObject form = api.awaitFinished(wf.getString("id"));
        assertEquals("General", form.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value")
                .getString("title"));

        api.raw(api.request(Api.endpoint(wf)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("just text")));
        JsonObject text = api.awaitExecution(wf.getString("id"), e -> !e.getString("id").equals(form.getString("id"))
                && e.getString("status").equals("success"));
        assertEquals("just text", text.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
    }

    @Test
    void respondAnswersTheCallerWithTheStepsStatusHeadersAndBody() {
        JsonObject wf = api.createHttpWorkflow("responder", steps(step("reply", """
                export default defineComponent({
                  async run({ steps, $ }) {
                    await $.respond({ status: 201, headers: { "x-millrace": "yes" },
                                      body: { echo: steps.trigger.event.body.n * 2 } });
                  },
                })""")));
        assertTrue(wf.getJsonArray("triggers").getJsonObject(0).getBoolean("custom_response"));
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"n\":21}")));
        assertEquals(201, reply.status());
        assertEquals("yes", reply.header("x-millrace"));
        assertTrue(reply.header("content-type").startsWith("application/json"));
        assertEquals(42, reply.json().getInt("echo"));
    }

    @Test
    void respondWithAStringBodyAndImmediateAnswersBeforeTheRunEnds() {
        JsonObject wf = api.createHttpWorkflow("immediate", steps(
                step("early", "export default defineComponent({ async run({ $ }) { await $.respond({ immediate: true, body: 'accepted' }); return 'went on' } })"),
                step("later", "export default defineComponent({ async run({ steps }) { return steps.early.$return_value + ' and on' } })")));
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf)).GET());
        assertEquals(200, reply.status());
        assertEquals("accepted", reply.body());
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("went on and on", ex.getJsonArray("steps").getJsonObject(1).getString("$return_value"));
    }

    @Test
    void aWorkflowThatMayRespondButDoesNotGives400() {
        JsonObject wf = api.createHttpWorkflow("forgetful", steps(step("maybe",
                "export default defineComponent({ async run({ steps, $ }) { if (steps.trigger.event.query.answer) { await $.respond({ body: 'yes' }) } } })")));
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf)).GET());
        assertEquals(400, reply.status());
        assertEquals("No $.respond called in workflow", reply.body());
    }

    @Test
    void aThrowingStepEndsTheExecutionInErrorWithNameMessageAndAStackNamingStepAndLine() {
        JsonObject wf = api.createHttpWorkflow("thrower", steps(step("explode", """
                export default defineComponent({
                  async run({ steps, $ }) {
                    console.log("before");
                    throw new TypeError("bad thing");
                  },
                })""")));
        api.raw(api.request(Api.endpoint(wf)).GET());
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("error", ex.getString("status"));
        JsonObject step = ex.getJsonArray("steps").getJsonObject(0);
        assertEquals("error", step.getString("status"));
        assertEquals("before", step.getJsonArray("logs").getJsonObject(0).getString("message"));
        JsonObject error = step.getJsonObject("error");
        assertEquals("TypeError", error.getString("name"));
        assertEquals("bad thing", error.getString("message"));
        assertTrue(error.getString("stack").contains("explode:4"), error.getString("stack"));
        assertEquals("TypeError", ex.getJsonObject("error").getString("name"));
    }

    @Test
    void aBodyOverTheLimitGets413AndIsStillRecorded() {
        JsonObject wf = api.createHttpWorkflow("big", steps(step("s",
                "export default defineComponent({ async run() { return 1 } })")));
        String big = "x".repeat(512 * 1024 + 1);
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, reply.status());
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("error", ex.getString("status"));
        assertEquals("Request Entity Too Large", ex.getJsonObject("error").getString("name"));
        assertEquals("POST", ex.getJsonObject("trigger").getJsonObject("event").getString("method"));
    }

    @Test
    void optionsAnswersCorsAsTheSeedDocuments() {
        JsonObject wf = api.createHttpWorkflow("cors", steps(step("s",
                "export default defineComponent({ async run() { return 1 } })")));
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, reply.status());
        assertEquals("*", reply.header("access-control-allow-origin"));
        assertEquals("GET,HEAD,PUT,PATCH,POST,DELETE", reply.header("access-control-allow-methods"));
    }

    @Test
    void unknownKeysAndInactiveWorkflowsGet404() {
        assertEquals(404, api.raw(api.request("/e/enosuchendpoint00").GET()).status());
        JsonObject wf = api.createHttpWorkflow("paused", steps(step("s",
                "export default defineComponent({ async run() { return 1 } })")));
        assertEquals(200, api.put("/v1/workflows/" + wf.getString("id"), "{\"active\": false}").status());
        Api.Reply reply = api.raw(api.request(Api.endpoint(wf)).GET());
        assertEquals(404, reply.status());
        assertEquals(404, reply.error().getInt("status"));
    }
}
