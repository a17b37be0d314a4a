package io.millrace.orchestrator;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.ExecutionControls;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of {@code src/test/resources/engine/*.json}: a workflow's steps and settings, the execution's
 * attempts, the step results stored so far, optionally the step that just finished (with the delay it asked
 * for), and the decision the orchestrator must take. The format:
 * <pre>
 * {
 *   "about": "what the case shows",
 *   "steps": ["fetch", "transform"],
 *   "settings": {"auto_retry": true},          // the workflow's settings
 *   "attempts": 0,                             // retries done so far
 *   "retry_base_seconds": 150,                 // optional, millrace.retry.base.seconds
 *   "stored": [{"step": "fetch", "status": "success", "error": "TypeError", "flow_exit": "reason",
 *               "reused": true}],                 // reused: copied from the original of a replay from a step
 *   "finished": {"step": "transform", "status": "error", "error": "Error", "delay_ms": 1000},   // optional
 *   "expected": {"decision": "run_step" | "finish" | "retry_later" | "sleep", ...}
 * }
 * </pre>
 */
record EngineFixture(String name, JsonObject json) {
    static final String EXECUTION_ID = "ex_fixture";
    /** The execution a replay from a step reuses results of. */
    static final String ORIGINAL_ID = "ex_original";

    static Stream<EngineFixture> all() {
        try {
            Path dir = Path.of(EngineFixture.class.getResource("/engine").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".json")).sorted().map(EngineFixture::read).toList().stream();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static EngineFixture read(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            return new EngineFixture(name, JsonText.parseObject(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<StepSpec> steps() {
        return json.getJsonArray("steps").getValuesAs(JsonString.class).stream()
                .map(s -> new StepSpec(s.getString(), "code", "javascript", "export default {run(){}}",
                        JsonValue.EMPTY_JSON_OBJECT))
                .toList();
    }

    ExecutionControls controls() {
        return ExecutionControls.of(json.getJsonObject("settings"));
    }

    Retries retries() {
        double base = json.containsKey("retry_base_seconds")
                ? json.getJsonNumber("retry_base_seconds").doubleValue() : 150;
        return new Retries(controls().autoRetry(), json.getInt("attempts"), RetryRules.standard(base));
    }

    List<StepRun> stored() {
        return json.getJsonArray("stored").getValuesAs(JsonObject.class).stream().map(this::stepRun).toList();
    }

    /** The step that just finished, or null when the case is the start of a run. */
    StepRun finished() {
        return json.containsKey("finished") ? stepRun(json.getJsonObject("finished")) : null;
    }

    /** The delay the finished step asked for, or null. */
    Long delayMillis() {
        JsonObject finished = json.getJsonObject("finished");
        return finished != null && finished.get("delay_ms") instanceof JsonNumber n ? n.longValue() : null;
    }

    /** What the orchestrator decides for this case. */
    Decision decide() {
        StepRun finished = finished();
        return finished == null ? Orchestrator.next(steps(), stored())
                : Orchestrator.after(steps(), stored(), finished, delayMillis(), retries());
    }

    Decision expected() {
        JsonObject e = json.getJsonObject("expected");
        return switch (e.getString("decision")) {
            case "run_step" -> new Decision.RunStep(e.getInt("position"), steps().get(e.getInt("position")));
            case "finish" -> new Decision.Finish(ExecutionStatus.fromWireName(e.getString("status")));
            case "retry_later" -> new Decision.RetryLater(e.getInt("position"), e.getInt("retry"),
                    e.getJsonNumber("delay_ms").longValue());
            case "sleep" -> new Decision.Sleep(e.getJsonNumber("delay_ms").longValue());
            default -> throw new IllegalArgumentException(name + ": unknown decision " + e.getString("decision"));
        };
    }

    private StepRun stepRun(JsonObject o) {
        String step = o.getString("step");
        int position = json.getJsonArray("steps").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList().indexOf(step);
        if (position < 0) {
            throw new IllegalArgumentException(name + ": no step " + step);
        }
        String error = o.containsKey("error") ? JsonText.write(Jsonp.createObjectBuilder()
                .add("name", o.getString("error")).add("message", "failed").add("step", step).build()) : null;
        boolean reused = o.getBoolean("reused", false);
        StepRun run = new StepRun(reused ? ORIGINAL_ID : EXECUTION_ID, position, step,
                ExecutionStatus.fromWireName(o.getString("status")), null, "{}", "[]", error, 0, 1);
        run = o.get("flow_exit") instanceof JsonString reason ? run.exitedFlow(reason.getString()) : run;
        return reused ? run.reusedIn(EXECUTION_ID) : run;
    }

    @Override
    public String toString() {
        return name;
    }
}
