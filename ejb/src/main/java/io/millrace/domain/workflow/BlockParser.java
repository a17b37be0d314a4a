package io.millrace.domain.workflow;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** Reads a control-flow step of a definition ({@link Block}); every rejection names the field. */
final class BlockParser {
    /** The shortest delay, 1 ms, and the longest, one year (365 days), as the seed's delay page says. */
    static final long MIN_DELAY_MS = 1;
    static final long MAX_DELAY_MS = 365L * 24 * 3600 * 1000;
    /** The most items one run of a loop takes, and the most it runs at once. */
    static final int MAX_LOOP_ITEMS = 1000;
    static final int MAX_LOOP_CONCURRENCY = 100;
    private static final Set<String> BRANCH_FIELDS = Set.of("name", "condition", "steps");
    private static final Set<String> CASE_FIELDS = Set.of("name", "operator", "value", "steps");

    private BlockParser() {
    }

    /** @param segment reads a segment of steps (an array) whose field is the second argument */
    static Block parse(JsonObject o, String kind, String field, BiFunction<JsonArray, String, List<StepSpec>> segment) {
        return switch (kind) {
            case Block.IF_ELSE -> {
                only(o, field, "branches");
                yield new Block(kind, null, branches(o, field, segment, true));
            }
            case Block.PARALLEL -> {
                only(o, field, "branches", "continue_on_failure");
                JsonObjectBuilder settings = Jsonp.createObjectBuilder();
                Boolean carryOn = BodyFields.bool(o, "continue_on_failure");
                if (carryOn != null) {
                    settings.add("continue_on_failure", carryOn);
                }
                yield new Block(kind, settings.build(), branches(o, field, segment, false));
            }
            case Block.SWITCH -> {
                only(o, field, "input", "cases");
                if (!o.containsKey("input")) {
                    throw new InvalidInputException(field + ".input", field + ".input is required: the value the"
                            + " cases compare, e.g. \"{{steps.trigger.event.path}}\"");
                }
                yield new Block(kind, Jsonp.createObjectBuilder().add("input", o.get("input")).build(),
                        cases(o, field, segment));
            }
            case Block.LOOP -> {
                only(o, field, "items", "concurrency", "steps");
                JsonValue items = o.get("items");
                if (!(items instanceof JsonArray) && !(items instanceof JsonString s && Condition.isReference(s.getString()))) {
                    throw new InvalidInputException(field + ".items", field + ".items must be an array or a reference"
                            + " to one, like \"{{steps.trigger.event.body.items}}\"");
                }
                JsonObjectBuilder settings = Jsonp.createObjectBuilder().add("items", items);
                if (o.containsKey("concurrency")) {
                    settings.add("concurrency", BodyFields.intIn(o.get("concurrency"), field + ".concurrency", 1,
                            MAX_LOOP_CONCURRENCY));
                }
                List<StepSpec> steps = segment.apply(BodyFields.array(o, "steps"), field + ".steps");
                yield new Block(kind, settings.build(),
                        List.of(new Block.Branch(Block.LOOP_BODY, null, null, steps)));
            }
            case Block.FILTER -> {
                only(o, field, "condition", "action", "reason");
                if (!o.containsKey("condition")) {
                    throw new InvalidInputException(field + ".condition", field + ".condition is required");
                }
                JsonObjectBuilder settings = Jsonp.createObjectBuilder()
                        .add("condition", Condition.check(o.get("condition"), field + ".condition"));
                String action = BodyFields.text(o, "action");
                if (action != null && !action.equals("continue") && !action.equals("end")) {
                    throw new InvalidInputException(field + ".action", field + ".action must be continue (go on only"
                            + " when the condition holds) or end (end the workflow when it holds)");
                }
                settings.add("action", action == null ? "continue" : action);
                reason(o, field, settings);
                yield new Block(kind, settings.build(), List.of());
            }
            case Block.END_WORKFLOW -> {
                only(o, field, "reason");
                JsonObjectBuilder settings = Jsonp.createObjectBuilder();
                reason(o, field, settings);
                yield new Block(kind, settings.build(), List.of());
            }
            case Block.DELAY -> {
                only(o, field, "delay_ms");
                yield new Block(kind, Jsonp.createObjectBuilder().add("delay_ms", delay(o.get("delay_ms"),
                        field + ".delay_ms")).build(), List.of());
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static void only(JsonObject o, String field, String... fields) {
        Set<String> allowed = new HashSet<>(List.of(fields));
        allowed.add("name");
        allowed.add("type");
        BodyFields.rejectUnknown(o, allowed, field);
    }

    private static void reason(JsonObject o, String field, JsonObjectBuilder settings) {
        String reason = BodyFields.text(o, "reason");
        if (reason != null && reason.length() > 1000) {
            throw new InvalidInputException(field + ".reason", field + ".reason must be at most 1000 characters");
        }
        if (reason != null) {
            settings.add("reason", reason);
        }
    }

    static long delay(JsonValue v, String field) {
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw new InvalidInputException(field, field + " is required: an integer number of milliseconds from "
                    + MIN_DELAY_MS + " (1 ms) to " + MAX_DELAY_MS + " (one year)");
        }
        java.math.BigInteger ms = n.bigIntegerValue();
        if (ms.compareTo(java.math.BigInteger.valueOf(MIN_DELAY_MS)) < 0
                || ms.compareTo(java.math.BigInteger.valueOf(MAX_DELAY_MS)) > 0) {
            throw new InvalidInputException(field, field + " must be between " + MIN_DELAY_MS + " (1 ms) and "
                    + MAX_DELAY_MS + " (one year), not " + ms);
        }
        return ms.longValueExact();
    }

    /** If/else (the last branch may omit its condition: the else) and parallel (any may omit it: always). */
    private static List<Block.Branch> branches(JsonObject o, String field,
                                               BiFunction<JsonArray, String, List<StepSpec>> segment, boolean ifElse) {
        JsonArray array = BodyFields.array(o, "branches");
        String arrayField = field + ".branches";
        if (array.isEmpty()) {
            throw new InvalidInputException(arrayField, arrayField + " must name at least one branch");
        }
        List<Block.Branch> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String f = arrayField + "[" + i + "]";
            JsonObject b = BodyFields.object(array.get(i), f);
            BodyFields.rejectUnknown(b, BRANCH_FIELDS, f);
            String name = branchName(b, f, names);
            JsonObject condition = null;
            if (b.containsKey("condition")) {
                condition = Condition.check(b.get("condition"), f + ".condition");
            } else if (ifElse && i < array.size() - 1) {
                throw new InvalidInputException(f + ".condition", f + ".condition is required: only the last branch"
                        + " may leave it out (the else branch)");
            }
            out.add(new Block.Branch(name, condition, null, segment.apply(BodyFields.array(b, "steps"), f + ".steps")));
        }
        return out;
    }

    /** Switch cases: each compares the input with its value (operator {@code equals} unless given); the last may be the default. */
    private static List<Block.Branch> cases(JsonObject o, String field,
                                            BiFunction<JsonArray, String, List<StepSpec>> segment) {
        JsonArray array = BodyFields.array(o, "cases");
        String arrayField = field + ".cases";
        if (array.isEmpty()) {
            throw new InvalidInputException(arrayField, arrayField + " must name at least one case");
        }
        List<Block.Branch> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String f = arrayField + "[" + i + "]";
            JsonObject c = BodyFields.object(array.get(i), f);
            BodyFields.rejectUnknown(c, CASE_FIELDS, f);
            String name = branchName(c, f, names);
            String operator = BodyFields.text(c, "operator");
            JsonObjectBuilder settings = Jsonp.createObjectBuilder();
            boolean isDefault = !c.containsKey("value") && operator == null;
            if (isDefault && i < array.size() - 1) {
                throw new InvalidInputException(f + ".value", f + ".value is required: only the last case may leave"
                        + " it out (the default case)");
            }
            if (!isDefault) {
                String op = operator == null ? "equals" : operator;
                JsonObjectBuilder rule = Jsonp.createObjectBuilder().add("value", "{{input}}").add("operator", op);
                if (c.containsKey("value")) {
                    rule.add("operand", c.get("value"));
                }
                try {
                    Condition.check(rule.build(), f);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(f + ".operator", e.getMessage().replace(f + ".operand", f + ".value"));
                }
                settings.add("operator", op);
                if (c.containsKey("value")) {
                    settings.add("value", c.get("value"));
                }
            }
            out.add(new Block.Branch(name, null, settings.build(), segment.apply(BodyFields.array(c, "steps"), f + ".steps")));
        }
        return out;
    }

    private static String branchName(JsonObject b, String field, Set<String> names) {
        String name = BodyFields.requiredText(b, "name", field + ".name");
        DefinitionParser.checkName(name, field + ".name");
        if (!names.add(name)) {
            throw new InvalidInputException(field + ".name", "duplicate branch name " + Quoted.of(name));
        }
        return name;
    }
}
