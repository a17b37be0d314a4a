package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Per-workflow execution counts, durations and queue figures in Prometheus format at /metrics. */
class MetricsIT {
    private final Api api = Api.server();

    @Test
    void executionsAreCountedPerWorkflowAndStatus() {
        JsonObject wf = api.createHttpWorkflow("metered", steps(step("s",
                "export default defineComponent({ async run({ steps }) { if (steps.trigger.event.query.fail) throw new Error('x'); return 1 } })")));
        String id = wf.getString("id");
        for (int i = 0; i < 3; i++) {
            api.trigger(wf);
        }
        api.raw(api.request(Api.endpoint(wf) + "?fail=1").GET());
        WorkflowLists.awaitExecutions(api, id, 4, WorkflowLists::finished);

        String metrics = api.get("/metrics?scope=application").body();
        assertEquals(3, value(metrics, "millrace_executions_total", id, "status=\"success\""));
        assertEquals(1, value(metrics, "millrace_executions_total", id, "status=\"error\""));
        assertEquals(4, value(metrics, "millrace_execution_duration_seconds_count", id, ""));
        assertEquals(0, value(metrics, "millrace_queue_waiting", id, ""));
        assertEquals(0, value(metrics, "millrace_queue_in_flight", id, ""));
    }

    /** The value of the metric line with this name, workflow tag and extra label text. */
    private static double value(String metrics, String name, String workflow, String label) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} ([0-9.eE+-]+)$").matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains("workflow=\"" + workflow + "\"") && m.group(1).contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        assertTrue(false, "no " + name + " for " + workflow + " " + label + " in:\n" + metrics);
        return -1;
    }
}
