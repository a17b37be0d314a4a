package io.millrace.orchestrator;

import io.millrace.application.execution.EngineRig;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.Condition;
import io.millrace.domain.workflow.DefinitionParser;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.runtime.StepError;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepOutcome;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of {@code src/test/resources/orchestrator/*.json}: a workflow with control-flow blocks, an event, the
 * results stored so far (as a crash left them), how its code steps behave, and what must happen from there when
 * the orchestrator's decisions are carried out one by one until the execution ends. The format:
 * <pre>
 * {
 *   "about": "what the case shows",
 *   "steps": [ ...the definition's steps, as docs/workflow-format.md gives them... ],
 *   "event": {"body": {"n": 5}},
 *   "stored": [{"key": "route/$start", "name": "route", "exports": {...}, "return_value": ..., "status": "success"}],
 *   "returns": {"step": "{{steps.each.item}}"},     // what a code step returns (references resolved); default null
 *   "fails": ["step"],                              // code steps that throw
 *   "exits": {"step": "reason"},                    // code steps that call $.flow.exit(reason)
 *   "expected": {
 *     "trace": ["route/$start", "route/big/notify", "route", "sleep 5"],   // keys of what ran or was recorded, in order
 *     "status": "success",
 *     "results": {"route": {"$return_value": 1}}    // optional: results at these keys, as steps.&lt;name&gt; shows them
 *   }
 * }
 * </pre>
 */
record FlowFixture(String name, JsonObject json) {
    static final String EXECUTION_ID = "0000000000000000000000000000";

    static Stream<FlowFixture> all() {
        try {
            Path dir = Path.of(FlowFixture.class.getResource("/orchestrator").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".json")).sorted().map(FlowFixture::read).toList()
                        .stream();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FlowFixture read(Path file) {
        try {
            return new FlowFixture(file.getFileName().toString().replaceFirst("\\.json$", ""),
                    JsonText.parseObject(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<StepSpec> steps() {
        JsonObject body = Jsonp.createObjectBuilder().add("name", "fixture").add("steps", json.getJsonArray("steps"))
                .build();
        return DefinitionParser.parse(body, null).definition().steps();
    }

    FlowInput input() {
        return new FlowInput(EXECUTION_ID, JsonText.write(json.getOrDefault("event", JsonValue.EMPTY_JSON_OBJECT)),
                "{\"id\":\"" + EXECUTION_ID + "\"}");
    }

    List<StepRun> stored() {
        List<StepRun> out = new ArrayList<>();
        if (json.containsKey("stored")) {
            for (JsonObject o : json.getJsonArray("stored").getValuesAs(JsonObject.class)) {
                String key = o.getString("key");
                StepRun run = new StepRun(EXECUTION_ID, o.getInt("position", 0), o.getString("name"),
                        ExecutionStatus.fromWireName(o.getString("status", "success")),
                        o.containsKey("return_value") ? JsonText.write(o.get("return_value")) : null,
                        JsonText.write(o.getOrDefault("exports", JsonValue.EMPTY_JSON_OBJECT)), "[]", null, 1, 2)
                        .at(key.contains("/") ? key : null);
                out.add(run);
            }
        }
        return out;
    }

    /** Carries out the decisions until the execution ends; the trace of keys and the final status and results. */
    Run run() {
        List<StepSpec> steps = steps();
        FlowInput input = input();
        List<StepRun> stored = stored();
        List<String> trace = new ArrayList<>();
        for (int guard = 0; guard < 10_000; guard++) {
            Decision d = Orchestrator.next(steps, stored, input);
            if (d instanceof Decision.Finish finish) {
                return new Run(trace, finish.status(), stored);
            }
            StepRun result;
            if (d instanceof Decision.Settle settle) {
                result = settle.record();
                trace.add(result.key());
                if (settle.sleepMillis() != null) {
                    trace.add("sleep " + settle.sleepMillis());
                }
            } else {
                Decision.RunStep run = (Decision.RunStep) d;
                result = codeStep(run, input);
                trace.add(result.key());
            }
            stored = Orchestrator.withResult(stored, result);
        }
        throw new IllegalStateException(name + ": no end after 10,000 decisions");
    }

    /**
     * The same execution run by the server's own runner and store (on in-memory ports: {@link EngineRig}), as its
     * workers run it: a message per parallel branch and loop item, each run to its hand-over, lanes handed out and
     * blocks joined through stored markers and ends. The messages are delivered oldest first, or with
     * {@code newestFirst} newest first (another interleaving of the lanes).
     */
    EngineRig.Worked runByWorkers(boolean newestFirst) {
        List<StepSpec> steps = steps();
        JsonObject body = Jsonp.createObjectBuilder().add("name", "fixture").add("steps", json.getJsonArray("steps"))
                .build();
        return new EngineRig().runByWorkers(EXECUTION_ID, DefinitionParser.parse(body, null).definition(),
                input().eventJson(), stored(), newestFirst, this::play);
    }

    /** A code step as the fixture says it behaves ({@code returns}, {@code fails}, {@code exits}). */
    private StepOutcome play(StepInvocation invocation) {
        String step = invocation.stepName();
        JsonObject returns = json.getJsonObject("returns");
        String value = null;
        if (returns != null && returns.containsKey(step)) {
            JsonValue resolved = Condition.resolve(returns.get(step), JsonText.parseObject(invocation.stepsJson()));
            value = resolved == null ? null : JsonText.write(resolved);
        }
        boolean fails = json.containsKey("fails") && json.getJsonArray("fails").contains(Jsonp.createValue(step));
        JsonObject exits = json.getJsonObject("exits");
        return new StepOutcome(fails ? null : value, "{}", List.of(), fails ? new StepError("Error", "failed", null) : null,
                false, exits != null && exits.containsKey(step) ? exits.getString(step) : null, List.of(), List.of(),
                null, false);
    }

    private StepRun codeStep(Decision.RunStep run, FlowInput input) {
        String step = run.step().name();
        JsonObject returns = json.getJsonObject("returns");
        String value = null;
        if (returns != null && returns.containsKey(step)) {
            JsonObject steps = JsonText.parseObject(StepsObject.build(input.eventJson(), input.contextJson(), run.visible()));
            JsonValue resolved = Condition.resolve(returns.get(step), steps);
            value = resolved == null ? null : JsonText.write(resolved);
        }
        boolean fails = json.containsKey("fails") && json.getJsonArray("fails").contains(Jsonp.createValue(step));
        StepRun result = new StepRun(EXECUTION_ID, run.position(), step,
                fails ? ExecutionStatus.ERROR : ExecutionStatus.SUCCESS, value, "{}", "[]",
                fails ? "{\"name\":\"Error\",\"message\":\"failed\",\"step\":\"" + step + "\"}" : null, 1, 2)
                .at(run.path());
        JsonObject exits = json.getJsonObject("exits");
        return exits != null && exits.containsKey(step) ? result.exitedFlow(exits.getString(step)) : result;
    }

    record Run(List<String> trace, ExecutionStatus status, List<StepRun> results) {
        StepRun at(String key) {
            return results.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
