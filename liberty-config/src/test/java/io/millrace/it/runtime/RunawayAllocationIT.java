package io.millrace.it.runtime;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A step that allocates without bound fails with Out of Memory; the server and other executions go on. */
class RunawayAllocationIT {
    private final Api api = Api.server();

    @Test
    void aRunawayStepFailsAloneAndTheServerStaysUp() {
        JsonObject hog = api.createHttpWorkflow("hog", steps(step("hog",
                "export default defineComponent({ async run() { const all = []; while (true) { all.push(new Array(100000).fill(7)) } } })")));
        JsonObject fine = api.createHttpWorkflow("fine", steps(step("fine",
                "export default defineComponent({ async run() { return 'ok' } })")));
        JsonObject failed = api.runOnce(hog);
        assertEquals("error", failed.getString("status"));
        assertEquals("Out of Memory", failed.getJsonObject("error").getString("name"));

        api.trigger(fine);
        assertEquals("success", api.awaitFinished(fine.getString("id")).getString("status"));
        assertEquals(200, api.raw(api.request("/health/ready").GET()).status());
    }
}
