package io.millrace.orchestrator;

import io.millrace.domain.execution.StepRun;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
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

    /**
     * The {@code steps} object as JSON text. It is put together from the stored JSON texts without
     * parsing them again, so that its cost grows with the size of the results, not with their number
     * times their size.
     */
    public static String build(String eventJson, String contextJson, List<StepRun> earlier) {
        StringBuilder out = new StringBuilder(64 + eventJson.length() + contextJson.length());
        out.append("{\"trigger\":{\"event\":").append(eventJson).append(",\"context\":").append(contextJson)
                .append('}');
        for (StepRun run : earlier) {
            out.append(',');
            quote(out, run.stepName());
            out.append(':');
            appendExports(out, run);
        }
        return out.append('}').toString();
    }

    private static void appendExports(StringBuilder out, StepRun run) {
        String exports = run.exportsJson() == null ? "{}" : run.exportsJson().strip();
        if (run.returnValueJson() == null) {
            out.append(exports);
            return;
        }
        String body = exports.substring(1, exports.length() - 1).strip();
        out.append('{').append(body).append(body.isEmpty() ? "" : ",")
                .append("\"$return_value\":").append(run.returnValueJson()).append('}');
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** A step's exports as later steps see them: named exports plus {@code $return_value} when it returned one. */
    public static JsonObjectBuilder exportsOf(StepRun run) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder(
                run.exportsJson() == null ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parseObject(run.exportsJson()));
        if (run.returnValueJson() != null) {
            b.add("$return_value", JsonText.parse(run.returnValueJson()));
        }
        return b;
    }
}
