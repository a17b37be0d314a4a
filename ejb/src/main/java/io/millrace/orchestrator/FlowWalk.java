package io.millrace.orchestrator;

import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.domain.workflow.Block;
import io.millrace.domain.workflow.Condition;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One walk of a definition's tree against the stored results, segment by segment, to the first thing left to do:
 * a step to run, a block phase to record, or the end. Results are found by their key ({@link StepRun#key}), so
 * the walk needs nothing but the stored results: after a restart it finds the same place.
 */
final class FlowWalk {
    /** The most items one run of a loop takes. */
    static final int MAX_LOOP_ITEMS = 1000;
    private static final String START = "$start";

    private final Map<String, StepRun> stored = new HashMap<>();
    private final Slots slots;
    private final FlowInput input;
    /**
     * The part of the tree the walking worker runs ({@code ""}: the whole execution; {@code "fan/a/"}: branch a of
     * parallel block fan, handed to it with a message), or null when one worker runs everything in order.
     */
    private final String scope;

    FlowWalk(List<StepSpec> steps, List<StepRun> results, FlowInput input, String scope) {
        results.forEach(r -> stored.put(r.key(), r));
        this.slots = new Slots(steps);
        this.input = input;
        this.scope = scope;
    }

    /** Where a walk of a segment got to. */
    sealed interface Outcome {
    }

    /** The segment is done; {@code last} is its last step's result (null: none ran). */
    record Done(StepRun last) implements Outcome {
    }

    /** Something is left to do first. */
    record Act(Decision decision) implements Outcome {
    }

    /** The execution ends with {@code status} (a step failed, or the flow was ended), because of {@code cause}. */
    record Stop(ExecutionStatus status, StepRun cause) implements Outcome {
    }

    /** What is left is other workers' (branches they run): this one has nothing to do. */
    record Busy() implements Outcome {
    }

    /** One branch of a parallel block, or one item of a loop: its key prefix, steps and what they see. */
    private record Lane(String name, String prefix, List<StepSpec> steps, List<StepRun> visible) {
        String marker() {
            return prefix.substring(0, prefix.length() - 1);
        }
    }

    /** @param enclosing the prefix of the branch or item this segment is in ({@code ""}: none), for forks inside */
    Outcome segment(List<StepSpec> steps, String prefix, List<StepRun> inherited, String enclosing) {
        List<StepRun> visible = new ArrayList<>(inherited);
        StepRun last = null;
        for (StepSpec step : steps) {
            Outcome o = step.isBlock() ? block(step, prefix, visible, enclosing) : code(step, prefix, visible);
            if (!(o instanceof Done done)) {
                return o;
            }
            if (done.last() != null) {
                visible.add(done.last());
                last = done.last();
            }
        }
        return new Done(last);
    }

    private Outcome code(StepSpec step, String prefix, List<StepRun> visible) {
        String key = prefix + step.name();
        StepRun r = stored.get(key);
        if (r == null || r.status() == ExecutionStatus.PAUSED) {
            return new Act(new Decision.RunStep(slots.of(step.name()), step, prefix.isEmpty() ? null : key,
                    List.copyOf(visible)));
        }
        return settled(r);
    }

    /** A stored result: the segment goes on after it, or the execution ends (failed, or a flow exit). */
    private static Outcome settled(StepRun r) {
        if (r.status() != ExecutionStatus.SUCCESS) {
            return new Stop(r.status(), r);
        }
        if (r.flowExitReason() != null) {
            return new Stop(ExecutionStatus.SUCCESS, r);
        }
        if (r.suspended()) {
            return new Stop(ExecutionStatus.CANCELLED, r); // its $.flow.suspend timed out
        }
        return new Done(r);
    }

    private Outcome block(StepSpec step, String prefix, List<StepRun> visible, String enclosing) {
        Block block = step.block();
        String key = prefix + step.name();
        if (!block.hasSegments()) {
            StepRun r = stored.get(key);
            if (r != null) {
                Outcome o = settled(r);
                // a filter that let the execution through, or a delay, is not its segment's last result
                return o instanceof Done ? new Done(null) : o;
            }
            return new Act(simple(step, key, prefix, visible));
        }
        StepRun start = stored.get(key + "/" + START);
        if (start == null) {
            return new Act(new Decision.Settle(startPhase(step, key, visible), null));
        }
        if (start.status() != ExecutionStatus.SUCCESS) {
            return new Stop(start.status(), start);
        }
        StepRun end = stored.get(key);
        if (end != null) {
            // a worker of one of its branches that did not join it has nothing more to do
            return scope != null && scope.startsWith(key + "/") ? new Busy() : settled(end);
        }
        List<StepRun> inside = new ArrayList<>(visible);
        inside.add(start);
        JsonObject decided = JsonText.parseObject(start.exportsJson());
        return switch (block.kind()) {
            case Block.LOOP -> loop(step, key, decided.getJsonArray("items"), inside, start, enclosing);
            case Block.PARALLEL -> parallel(step, key, decided, inside, start, enclosing);
            default -> branches(step, key, decided, inside, start, enclosing);
        };
    }

    /** If/else and switch after their start: the chosen branch (if any), then the end. */
    private Outcome branches(StepSpec step, String key, JsonObject decided, List<StepRun> inside, StepRun start,
                             String enclosing) {
        Block block = step.block();
        List<String> chosen = names(decided.getJsonArray("branches"));
        StepRun last = null;
        if (!chosen.isEmpty()) {
            Outcome o = segment(block.branch(chosen.get(0)).steps(), key + "/" + chosen.get(0) + "/", inside, enclosing);
            if (!(o instanceof Done done)) {
                return o;
            }
            last = done.last();
        }
        StepRun end = record(step.name(), slots.endOf(step.name()), endPath(key),
                last == null ? null : last.returnValueJson(), last == null ? "{}" : exportsOf(last));
        return new Act(new Decision.Settle(end.timed(start.startedAt(), 0), null));
    }

    private static List<String> names(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    /** Parallel after its start: every chosen branch, then the end (an object keyed by branch). */
    private Outcome parallel(StepSpec step, String key, JsonObject decided, List<StepRun> inside, StepRun start,
                             String enclosing) {
        Block block = step.block();
        List<Lane> lanes = new ArrayList<>();
        for (String name : names(decided.getJsonArray("branches"))) {
            lanes.add(new Lane(name, key + "/" + name + "/", block.branch(name).steps(), inside));
        }
        return fork(step, key, start, lanes, Integer.MAX_VALUE, block.settings().getBoolean("continue_on_failure", false),
                enclosing, false);
    }

    private Outcome loop(StepSpec step, String key, JsonArray items, List<StepRun> inside, StepRun start,
                         String enclosing) {
        List<StepSpec> body = step.block().branches().get(0).steps();
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<StepRun> item = new ArrayList<>(inside);
            item.remove(start);
            item.add(record(step.name(), slots.of(step.name()), key + "/" + i, null, JsonText.write(
                    Jsonp.createObjectBuilder().add("item", items.get(i)).add("index", i).build())));
            lanes.add(new Lane(String.valueOf(i), key + "/" + i + "/", body, item));
        }
        return fork(step, key, start, lanes, step.block().settings().getInt("concurrency", 1), false, enclosing, true);
    }

    /**
     * The lanes of a parallel block or a loop, then its end. One worker in order (no scope), or each lane handed to a
     * worker of its own: the walking worker, when the block is in its part of the tree or its own lane is done,
     * hands out lanes not started yet (at most {@code limit} running at once: {@link Decision.Fork}), waits while
     * others run, and joins the block once all are done ({@link Decision.Join}: exactly one worker's join is stored).
     */
    private Outcome fork(StepSpec step, String key, StepRun start, List<Lane> lanes, int limit, boolean carryOn,
                         String enclosing, boolean array) {
        Lane mine = null;
        if (scope != null) {
            for (Lane lane : lanes) {
                if (scope.startsWith(lane.prefix())) {
                    mine = lane;
                }
            }
            if (mine == null && !key.startsWith(scope)) {
                return new Busy();
            }
        }
        JsonObjectBuilder values = Jsonp.createObjectBuilder();
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        List<Lane> waiting = new ArrayList<>();
        int running = 0;
        for (Lane lane : lanes) {
            Outcome o = segment(lane.steps(), lane.prefix(), lane.visible(), scope == null ? enclosing : lane.prefix());
            JsonValue value;
            if (o instanceof Done done) {
                value = returnValue(done.last());
            } else if (o instanceof Stop stop && stop.status() != ExecutionStatus.SUCCESS && carryOn) {
                value = Jsonp.createObjectBuilder().add("$error", errorOf(stop.cause())).build();
            } else if (o instanceof Stop || scope == null || lane == mine) {
                return o;
            } else {
                if (stored.containsKey(lane.marker())) {
                    running++;
                } else {
                    waiting.add(lane);
                }
                continue;
            }
            values.add(lane.name(), value);
            list.add(value);
        }
        if (!waiting.isEmpty() && running < limit) {
            List<StepRun> markers = new ArrayList<>();
            for (Lane lane : waiting.subList(0, Math.min(waiting.size(), limit - running))) {
                markers.add(record(step.name(), slots.of(step.name()), lane.marker(), null,
                        JsonText.write(Jsonp.createObjectBuilder().add("lane", lane.name()).build())));
            }
            return new Act(new Decision.Fork(markers, enclosing));
        }
        if (!waiting.isEmpty() || running > 0) {
            return new Busy();
        }
        StepRun end = record(step.name(), slots.endOf(step.name()), endPath(key),
                JsonText.write(array ? list.build() : values.build()), "{}").timed(start.startedAt(), 0);
        return new Act(scope == null ? new Decision.Settle(end, null) : new Decision.Join(end, enclosing));
    }

    /** The start phase: which branches run (and which are skipped), or a loop's items. */
    private StepRun startPhase(StepSpec step, String key, List<StepRun> visible) {
        Block block = step.block();
        JsonObject steps = stepsObject(visible);
        String path = key + "/" + START;
        int position = slots.of(step.name());
        if (block.kind().equals(Block.LOOP)) {
            JsonValue items = Condition.resolve(block.settings().get("items"), steps);
            String problem = !(items instanceof JsonArray) ? "the loop's items are not an array (items: "
                    + block.settings().get("items") + ")"
                    : items.asJsonArray().size() > MAX_LOOP_ITEMS ? "a loop takes at most " + MAX_LOOP_ITEMS
                    + " items, not " + items.asJsonArray().size() : null;
            if (problem != null) {
                return failed(step.name(), position, path, "LoopError", problem);
            }
            return record(step.name(), position, path, null, JsonText.write(Jsonp.createObjectBuilder()
                    .add("items", items).add("count", items.asJsonArray().size()).build()));
        }
        List<String> run = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        JsonValue switchInput = block.kind().equals(Block.SWITCH) ? Condition.resolve(block.settings().get("input"), steps)
                : null;
        for (Block.Branch branch : block.branches()) {
            boolean single = !block.kind().equals(Block.PARALLEL);
            boolean holds = (!single || run.isEmpty()) && chooses(block, branch, steps, switchInput);
            (holds ? run : skipped).add(branch.name());
        }
        JsonArrayBuilder ran = Jsonp.createArrayBuilder();
        run.forEach(ran::add);
        JsonArrayBuilder notRun = Jsonp.createArrayBuilder();
        skipped.forEach(notRun::add);
        JsonObjectBuilder exports = Jsonp.createObjectBuilder().add("branches", ran).add("skipped", notRun);
        if (!block.kind().equals(Block.PARALLEL)) {
            exports.add("branch", run.isEmpty() ? JsonValue.NULL : Jsonp.createValue(run.get(0)));
        }
        return record(step.name(), position, path, null, JsonText.write(exports.build()));
    }

    private static boolean chooses(Block block, Block.Branch branch, JsonObject steps, JsonValue switchInput) {
        if (block.kind().equals(Block.SWITCH)) {
            JsonObject c = branch.settings();
            if (!c.containsKey("operator")) {
                return true;
            }
            JsonValue operand = c.containsKey("value") ? Condition.resolve(c.get("value"), steps) : null;
            return Condition.test(c.getString("operator"), switchInput, operand);
        }
        return branch.condition() == null || Condition.holds(branch.condition(), steps);
    }

    /** Filter, end workflow and delay: decided and recorded at once. */
    private Decision simple(StepSpec step, String key, String prefix, List<StepRun> visible) {
        Block block = step.block();
        String path = prefix.isEmpty() ? null : key;
        int position = slots.of(step.name());
        JsonObject settings = block.settings();
        switch (block.kind()) {
            case Block.DELAY -> {
                long ms = settings.getJsonNumber("delay_ms").longValue();
                return new Decision.Settle(record(step.name(), position, path, null, JsonText.write(
                        Jsonp.createObjectBuilder().add("$summary", "Delayed " + ms + " ms").add("delay_ms", ms)
                                .build())), ms);
            }
            case Block.END_WORKFLOW -> {
                String reason = settings.getString("reason", "");
                return new Decision.Settle(record(step.name(), position, path, null, "{}").exitedFlow(reason), null);
            }
            default -> {
                boolean holds = Condition.holds(settings.getJsonObject("condition"), stepsObject(visible));
                boolean ends = settings.getString("action", "continue").equals("end") == holds;
                StepRun r = record(step.name(), position, path, null, JsonText.write(Jsonp.createObjectBuilder()
                        .add("condition_met", holds).add("continue", !ends).build()));
                return new Decision.Settle(ends ? r.exitedFlow(settings.getString("reason",
                        holds ? "Filter: the condition is met" : "Filter: the condition is not met")) : r, null);
            }
        }
    }

    /** A block end's path: none in the top segment, where its key is its name. */
    private static String endPath(String key) {
        return key.contains("/") ? key : null;
    }

    private JsonObject stepsObject(List<StepRun> visible) {
        return JsonText.parseObject(StepsObject.build(input.eventJson(), input.contextJson(), visible));
    }

    private StepRun record(String name, int position, String path, String returnValueJson, String exportsJson) {
        return new StepRun(input.executionId(), position, name, ExecutionStatus.SUCCESS, returnValueJson, exportsJson,
                "[]", null, 0, 0).at(path);
    }

    private StepRun failed(String name, int position, String path, String error, String message) {
        return new StepRun(input.executionId(), position, name, ExecutionStatus.ERROR, null, "{}", "[]",
                JsonText.write(Jsonp.createObjectBuilder().add("name", error).add("message", message)
                        .add("step", name).build()), 0, 0).at(path);
    }

    private static JsonValue returnValue(StepRun last) {
        return last == null || last.returnValueJson() == null ? JsonValue.NULL : JsonText.parse(last.returnValueJson());
    }

    private static String exportsOf(StepRun run) {
        return run.exportsJson() == null ? "{}" : run.exportsJson();
    }

    private static JsonValue errorOf(StepRun cause) {
        return cause == null || cause.errorJson() == null ? JsonValue.NULL : JsonText.parse(cause.errorJson());
    }
}
