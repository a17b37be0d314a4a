package io.millrace.domain.workflow;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed's segment rule: a step may refer ({@code steps.<name>} in its code, props or rules) only to steps of its
 * own segment and of its ancestors' segments, and to the blocks it is inside; not to steps inside a block it is not
 * in (other branches, or a block it comes after: that block's end, {@code steps.<block>}, exports their result).
 */
final class StepReferences {
    private static final Pattern REFERENCE = Pattern.compile(
            "\\bsteps\\s*(?:\\??\\.\\s*([A-Za-z_$][A-Za-z0-9_$]*)|\\[\\s*[\"'`]([A-Za-z_$][A-Za-z0-9_$]*)[\"'`]\\s*])");

    private StepReferences() {
    }

    /** Checks a whole definition's steps; a 400 names the field, the step and the reference. */
    static void check(List<StepSpec> steps) {
        Set<String> all = new HashSet<>();
        steps.stream().flatMap(StepSpec::flatten).forEach(s -> all.add(s.name()));
        segment(steps, "steps", names(steps), all);
    }

    private static Set<String> names(List<StepSpec> steps) {
        Set<String> out = new HashSet<>();
        steps.forEach(s -> out.add(s.name()));
        return out;
    }

    /** @param allowed the names this segment's steps may refer to: its own, its ancestors' and enclosing blocks */
    private static void segment(List<StepSpec> steps, String field, Set<String> allowed, Set<String> all) {
        for (int i = 0; i < steps.size(); i++) {
            StepSpec step = steps.get(i);
            String f = field + "[" + i + "]";
            if (!step.isBlock()) {
                check(step, step.code(), f + ".code", allowed, all);
                step.props().forEach((k, v) -> check(step, text(v), Quoted.member(f + ".props", k), allowed, all));
                continue;
            }
            Block block = step.block();
            block.settings().forEach((k, v) -> check(step, text(v), f + "." + k, allowed, all));
            for (int b = 0; b < block.branches().size(); b++) {
                Block.Branch branch = block.branches().get(b);
                String bf = block.kind().equals(Block.LOOP) ? f
                        : f + (block.kind().equals(Block.SWITCH) ? ".cases[" : ".branches[") + b + "]";
                if (branch.condition() != null) {
                    check(step, branch.condition().toString(), bf + ".condition", allowed, all);
                }
                branch.settings().forEach((k, v) -> check(step, text(v), bf + "." + k, allowed, all));
                Set<String> inside = new HashSet<>(allowed);
                inside.addAll(names(branch.steps()));
                segment(branch.steps(), bf + ".steps", inside, all);
            }
        }
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static void check(StepSpec step, String text, String field, Set<String> allowed, Set<String> all) {
        if (text == null) {
            return;
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (all.contains(name) && !allowed.contains(name)) {
                throw new InvalidInputException(field, "step " + Quoted.of(step.name()) + " refers to steps." + name
                        + ", a step inside a block it is not in: a step may refer only to steps of its own segment"
                        + " and of its ancestors (after a block, use steps.<block>.$return_value)");
            }
        }
    }
}
