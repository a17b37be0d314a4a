package io.millrace.it.runtime;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Documented step behaviours, each a workflow fixture run through the real server. */
class StepRuntimeIT {
    private final Api api = Api.server();

    private JsonObject runOnce(String name, String stepsJson) {
        return api.runOnce(api.createHttpWorkflow(name, stepsJson));
    }

    @Test
    void returnFlowExitEndsTheExecutionAfterThatStep() {
        JsonObject ex = runOnce("exit-now", steps(
                step("check", "export default defineComponent({ async run({ $ }) { return $.flow.exit('nothing to do'); console.log('unreached') } })"),
                step("never", "export default defineComponent({ async run() { return 'ran' } })")));
        assertEquals("success", ex.getString("status"));
        JsonArray steps = ex.getJsonArray("steps");
        assertEquals(1, steps.size(), "the step after $.flow.exit did not run");
        assertEquals("nothing to do", steps.getJsonObject(0).getJsonObject("flow_exit").getString("reason"));
        assertTrue(steps.getJsonObject(0).getJsonArray("logs").isEmpty());
    }

    @Test
    void flowExitWithoutReturnLetsTheStepFinishFirst() {
        JsonObject ex = runOnce("exit-later", steps(
                step("check", "export default defineComponent({ async run({ $ }) { $.flow.exit(); console.log('still here'); return 7 } })"),
                step("never", "export default defineComponent({ async run() { return 'ran' } })")));
        JsonArray steps = ex.getJsonArray("steps");
        assertEquals(1, steps.size());
        assertEquals("still here", steps.getJsonObject(0).getJsonArray("logs").getJsonObject(0).getString("message"));
        assertEquals(7, steps.getJsonObject(0).getInt("$return_value"));
    }

    @Test
    void requireInsideAnEsModuleFailsAsDocumented() {
        JsonObject ex = runOnce("mixed", steps(step("mix",
                "export default defineComponent({ async run() { const fs = require('fs'); return 1 } })")));
        assertEquals("error", ex.getString("status"));
        JsonObject error = ex.getJsonArray("steps").getJsonObject(0).getJsonObject("error");
        assertEquals("ReferenceError", error.getString("name"));
        assertEquals("require is not defined", error.getString("message"));
    }

    @Test
    void webhookSignatureChecksWorkWithCryptoAndBuffer() {
        JsonObject ex = runOnce("hmac", steps(step("sign", """
                import crypto from "crypto";
                export default defineComponent({
                  async run() {
                    const hmac = crypto.createHmac("sha256", "secret").update("payload").digest("hex");
                    return { hmac, b64: Buffer.from("hi there").toString("base64"), url: new URL("https://a.b/c?d=1").searchParams.get("d") };
                  },
                })""")));
        JsonObject value = ex.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
        assertEquals("b82fcb791acec57859b989b430a826488ce2e479fdf92326bd0a2e8375a42ba4", value.getString("hmac"));
        assertEquals("aGkgdGhlcmU=", value.getString("b64"));
        assertEquals("1", value.getString("url"));
    }

    @Test
    void hostAccessIsDenied() {
        JsonObject ex = runOnce("escape", steps(step("escape",
                "export default defineComponent({ async run() { return Java.type('java.lang.System').getenv() } })")));
        assertEquals("error", ex.getString("status"));
    }

    @Test
    void aStepPastTheTimeoutEndsTheExecutionInTimeoutAndFreesTheWorker() {
        JsonObject wf = api.post("/v1/workflows", """
                {"name": "spinner", "triggers": [{"type": "http"}], "settings": {"timeout_seconds": 1},
                 "steps": [{"name": "spin", "code": "export default defineComponent({ async run({ steps }) { console.log('spinning'); while (steps.trigger.event.query.spin) {} return 'done' } })"}]}
                """).json().getJsonObject("data");
        for (int i = 0; i < 5; i++) {
            api.raw(api.request(Api.endpoint(wf) + "?spin=1").GET());
        }
        WorkflowLists.awaitExecutions(api, wf.getString("id"), 5, e -> e.getString("status").equals("timeout"));
        JsonObject timedOut = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("timeout"));
        JsonObject step = timedOut.getJsonArray("steps").getJsonObject(0);
        assertEquals("timeout", step.getString("status"));
        assertEquals("TIMEOUT", step.getJsonObject("error").getString("name"));
        assertEquals("spinning", step.getJsonArray("logs").getJsonObject(0).getString("message"));

        api.trigger(wf);
        JsonObject after = api.awaitExecution(wf.getString("id"), e -> e.getString("status").equals("success"));
        assertEquals("done", after.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
        assertFalse(after.getString("id").equals(timedOut.getString("id")));
    }
}
