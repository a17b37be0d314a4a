package io.millrace.orchestrator;

import io.millrace.execution.StepRun;
import io.millrace.shared.JsonText;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Builds the {@code steps} object a step sees: {@code steps.trigger.event}, {@code steps.trigger.context},
 * and for each earlier step its named exports and {@code $return_value}.
 */
public final class StepsObject {
    private StepsObject() {
    }

    public static String build(String eventJson, String contextJson, List<StepRun> earlier) {
        JsonObjectBuilder steps = Json.createObjectBuilder()
                .add("trigger", Json.createObjectBuilder()
                        .add("event", JsonText.parse(eventJson))
                        .add("context", JsonText.parse(contextJson)));
        for (StepRun run : earlier) {
            steps.add(run.stepName(), exportsOf(run));
        }
        return JsonText.write(steps.build());
    }

    /** A step's exports as later steps see them: named exports plus {@code $return_value} when it returned one. */
    public static JsonObjectBuilder exportsOf(StepRun run) {
        JsonObjectBuilder b = Json.createObjectBuilder(
                run.exportsJson() == null ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parseObject(run.exportsJson()));
        if (run.returnValueJson() != null) {
            b.add("$return_value", JsonText.parse(run.returnValueJson()));
        }
        return b;
    }
}
