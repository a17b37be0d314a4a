package io.millrace.domain.workflow;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A control-flow step of a definition (docs/workflow-format.md, "Control flow"): its kind, its settings
 * ({@code delay_ms}, {@code reason}, {@code condition}, {@code input}, {@code items}, {@code concurrency},
 * {@code continue_on_failure}, ...) and its branches, each a segment of steps. If/else and switch run the first
 * branch whose condition holds (a branch without one, {@code else} or {@code default}, always holds); parallel runs
 * every branch whose condition holds; a loop has one branch, {@code steps}, run once per item; filter,
 * end_workflow and delay have none.
 */
public record Block(String kind, JsonObject settings, List<Branch> branches) {
    public static final String IF_ELSE = "if_else";
    public static final String SWITCH = "switch";
    public static final String FILTER = "filter";
    public static final String END_WORKFLOW = "end_workflow";
    public static final String DELAY = "delay";
    public static final String PARALLEL = "parallel";
    public static final String LOOP = "loop";
    public static final Set<String> KINDS = Set.of(IF_ELSE, SWITCH, FILTER, END_WORKFLOW, DELAY, PARALLEL, LOOP);
    /** The branch of a loop: its steps. */
    public static final String LOOP_BODY = "steps";

    /**
     * One segment of a block.
     *
     * @param condition the rule that chooses it (see {@code orchestrator.Rules}), or null: always
     * @param settings  what the definition gave besides its name, condition and steps (a switch case's
     *                  {@code operator} and {@code value})
     */
    public record Branch(String name, JsonObject condition, JsonObject settings, List<StepSpec> steps) {
        public Branch {
            steps = List.copyOf(steps);
            settings = settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings;
        }
    }

    public Block {
        branches = List.copyOf(branches);
        settings = settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings;
    }

    /** Whether the block holds segments of steps (and so has a start and an end phase). */
    public boolean hasSegments() {
        return kind.equals(IF_ELSE) || kind.equals(SWITCH) || kind.equals(PARALLEL) || kind.equals(LOOP);
    }

    public Branch branch(String name) {
        return branches.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }

    /** This block as the definition gives it, with its steps written by {@code step}. */
    JsonObjectBuilder addTo(JsonObjectBuilder b, java.util.function.Function<StepSpec, JsonObject> step) {
        for (Map.Entry<String, JsonValue> e : settings.entrySet()) {
            b.add(e.getKey(), e.getValue());
        }
        if (kind.equals(LOOP)) {
            return b.add("steps", steps(branches.get(0).steps(), step));
        }
        if (!hasSegments()) {
            return b;
        }
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (Branch branch : branches) {
            JsonObjectBuilder o = Jsonp.createObjectBuilder().add("name", branch.name());
            branch.settings().forEach(o::add);
            if (branch.condition() != null) {
                o.add("condition", branch.condition());
            }
            out.add(o.add("steps", steps(branch.steps(), step)));
        }
        return b.add(kind.equals(SWITCH) ? "cases" : "branches", out);
    }

    private static JsonArrayBuilder steps(List<StepSpec> steps, java.util.function.Function<StepSpec, JsonObject> step) {
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        steps.forEach(s -> a.add(step.apply(s)));
        return a;
    }
}
