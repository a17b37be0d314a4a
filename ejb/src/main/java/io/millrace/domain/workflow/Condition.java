package io.millrace.domain.workflow;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rule language of control-flow blocks (the seed's rule builder): a rule
 * {@code {"value": …, "operator": "…", "operand": …}} or a group {@code {"and": [...]}} / {@code {"or": [...]}},
 * nesting freely. A value or operand that is a string {@code "{{steps.<step>.<path>}}"} is read from the
 * {@code steps} object; anything else is taken as it is. Pure: the same {@code steps} always give the same answer.
 */
public final class Condition {
    /** The operators and whether each takes an operand. */
    static final Map<String, Boolean> OPERATORS = Map.ofEntries(
            Map.entry("exists", false), Map.entry("not_exists", false),
            Map.entry("equals", true), Map.entry("not_equals", true),
            Map.entry("string_equals", true), Map.entry("string_not_equals", true),
            Map.entry("is_blank", false), Map.entry("is_not_blank", false),
            Map.entry("starts_with", true), Map.entry("contains", true), Map.entry("ends_with", true),
            Map.entry("matches", true),
            Map.entry("number_equals", true), Map.entry("number_not_equals", true),
            Map.entry("greater_than", true), Map.entry("greater_than_or_equal", true),
            Map.entry("less_than", true), Map.entry("less_than_or_equal", true),
            Map.entry("boolean_equals", true),
            Map.entry("is_null", false), Map.entry("is_not_null", false),
            Map.entry("is_string", false), Map.entry("is_not_string", false),
            Map.entry("is_number", false), Map.entry("is_not_number", false),
            Map.entry("is_boolean", false), Map.entry("is_not_boolean", false),
            Map.entry("is_true", false), Map.entry("is_false", false),
            Map.entry("date_equals", true), Map.entry("date_before", true), Map.entry("date_after", true));
    private static final Set<String> RULE_FIELDS = Set.of("value", "operator", "operand");
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*(steps(?:\\.[A-Za-z0-9_$-]+|\\[\\d+])+)\\s*}}");
    private static final int MAX_PATTERN = 1000;

    private Condition() {
    }

    /** Checks a condition as a definition gives it; a 400 names the field. */
    public static JsonObject check(JsonValue value, String field) {
        if (!(value instanceof JsonObject o)) {
            throw new InvalidInputException(field, field + " must be an object: a rule {value, operator, operand}"
                    + " or a group {and: [...]} / {or: [...]}");
        }
        for (String group : new String[] {"and", "or"}) {
            if (o.containsKey(group)) {
                if (o.size() != 1 || !(o.get(group) instanceof JsonArray rules) || rules.isEmpty()) {
                    throw new InvalidInputException(field, field + "." + group + " must be the group's only field,"
                            + " a non-empty array of rules and groups");
                }
                for (int i = 0; i < rules.size(); i++) {
                    check(rules.get(i), field + "." + group + "[" + i + "]");
                }
                return o;
            }
        }
        for (String key : o.keySet()) {
            if (!RULE_FIELDS.contains(key)) {
                throw new InvalidInputException(Quoted.member(field, key), "unknown field " + Quoted.of(key) + " in "
                        + field + " (a rule has value, operator and operand; a group and or or)");
            }
        }
        if (!o.containsKey("value")) {
            throw new InvalidInputException(field + ".value", field + ".value is required");
        }
        String operator = o.get("operator") instanceof JsonString s ? s.getString() : null;
        if (operator == null || !OPERATORS.containsKey(operator)) {
            throw new InvalidInputException(field + ".operator", field + ".operator must be one of "
                    + String.join(", ", new java.util.TreeSet<>(OPERATORS.keySet())));
        }
        boolean binary = OPERATORS.get(operator);
        if (binary != o.containsKey("operand")) {
            throw new InvalidInputException(field + ".operand", binary ? field + ".operand is required for " + operator
                    : operator + " takes no operand");
        }
        if (operator.equals("matches") && o.get("operand") instanceof JsonString p && !isReference(p.getString())) {
            try {
                if (p.getString().length() > MAX_PATTERN) {
                    throw new PatternSyntaxException("longer than " + MAX_PATTERN + " characters", "", -1);
                }
                Pattern.compile(p.getString());
            } catch (PatternSyntaxException e) {
                throw new InvalidInputException(field + ".operand", field + ".operand is not a valid regular"
                        + " expression: " + e.getDescription());
            }
        }
        return o;
    }

    /** Whether the text is exactly one reference {@code {{steps.…}}}. */
    public static boolean isReference(String text) {
        return REFERENCE.matcher(text.strip()).matches();
    }

    /**
     * A value as the rule sees it: a reference resolved in {@code steps} (null when it leads nowhere), anything
     * else as given.
     */
    public static JsonValue resolve(JsonValue value, JsonObject steps) {
        if (!(value instanceof JsonString s)) {
            return value;
        }
        var m = REFERENCE.matcher(s.getString().strip());
        if (!m.matches()) {
            return value;
        }
        JsonValue current = steps;
        for (String part : m.group(1).substring("steps".length()).split("(?=[.\\[])")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("[")) {
                int index = Integer.parseInt(part.substring(1, part.length() - 1));
                current = current instanceof JsonArray a && index < a.size() ? a.get(index) : null;
            } else {
                current = current instanceof JsonObject o ? o.get(part.substring(1)) : null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Whether the condition holds for the {@code steps} object. */
    public static boolean holds(JsonObject condition, JsonObject steps) {
        if (condition.get("and") instanceof JsonArray all) {
            return all.stream().allMatch(c -> holds(c.asJsonObject(), steps));
        }
        if (condition.get("or") instanceof JsonArray any) {
            return any.stream().anyMatch(c -> holds(c.asJsonObject(), steps));
        }
        JsonValue value = resolve(condition.get("value"), steps);
        JsonValue operand = condition.containsKey("operand") ? resolve(condition.get("operand"), steps) : null;
        return test(condition.getString("operator"), value, operand);
    }

    /** One operator on a value (null: it does not exist) and its operand. */
    public static boolean test(String operator, JsonValue value, JsonValue operand) {
        return switch (operator) {
            case "exists" -> value != null;
            case "not_exists" -> value == null;
            case "equals" -> value != null && operand != null && sameValue(value, operand);
            case "not_equals" -> value == null || operand == null || !sameValue(value, operand);
            case "string_equals" -> text(value) != null && text(value).equals(text(operand));
            case "string_not_equals" -> text(value) == null || !text(value).equals(text(operand));
            case "is_blank" -> value == null || value == JsonValue.NULL || (text(value) != null && text(value).isBlank());
            case "is_not_blank" -> text(value) != null && !text(value).isBlank();
            case "starts_with" -> both(value, operand) && text(value).startsWith(text(operand));
            case "contains" -> contains(value, operand);
            case "ends_with" -> both(value, operand) && text(value).endsWith(text(operand));
            case "matches" -> both(value, operand) && matches(text(value), text(operand));
            case "number_equals" -> ordered(compare(value, operand), c -> c == 0);
            case "number_not_equals" -> ordered(compare(value, operand), c -> c != 0);
            case "greater_than" -> ordered(compare(value, operand), c -> c > 0);
            case "greater_than_or_equal" -> ordered(compare(value, operand), c -> c >= 0);
            case "less_than" -> ordered(compare(value, operand), c -> c < 0);
            case "less_than_or_equal" -> ordered(compare(value, operand), c -> c <= 0);
            case "boolean_equals" -> bool(value) != null && bool(value).equals(bool(operand));
            case "is_null" -> value == JsonValue.NULL;
            case "is_not_null" -> value != null && value != JsonValue.NULL;
            case "is_string" -> value instanceof JsonString;
            case "is_not_string" -> !(value instanceof JsonString);
            case "is_number" -> value instanceof JsonNumber;
            case "is_not_number" -> !(value instanceof JsonNumber);
            case "is_boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            case "is_not_boolean" -> value != JsonValue.TRUE && value != JsonValue.FALSE;
            case "is_true" -> value == JsonValue.TRUE;
            case "is_false" -> value == JsonValue.FALSE;
            case "date_equals" -> ordered(dates(value, operand), c -> c == 0);
            case "date_before" -> ordered(dates(value, operand), c -> c < 0);
            case "date_after" -> ordered(dates(value, operand), c -> c > 0);
            default -> throw new IllegalArgumentException("unknown operator " + operator);
        };
    }

    /** What {@link #compare} and {@link #dates} give when the two cannot be compared: no ordering holds. */
    private static final int NOT_NUMBERS = Integer.MIN_VALUE;

    private static boolean ordered(int comparison, java.util.function.IntPredicate holds) {
        return comparison != NOT_NUMBERS && holds.test(comparison);
    }

    private static boolean both(JsonValue value, JsonValue operand) {
        return text(value) != null && text(operand) != null;
    }

    private static boolean contains(JsonValue value, JsonValue operand) {
        if (value instanceof JsonArray a) {
            return operand != null && a.stream().anyMatch(v -> sameValue(v, operand));
        }
        return both(value, operand) && text(value).contains(text(operand));
    }

    private static boolean matches(String text, String pattern) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static boolean sameValue(JsonValue a, JsonValue b) {
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** A string's text, a number's or boolean's JSON; null for anything else. */
    private static String text(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber || v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v.toString();
        }
        return null;
    }

    private static BigDecimal number(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** -1, 0 or 1 when both are numbers (or numeric strings), else {@link #NOT_NUMBERS}. */
    private static int compare(JsonValue value, JsonValue operand) {
        BigDecimal a = number(value);
        BigDecimal b = number(operand);
        return a == null || b == null ? NOT_NUMBERS : Integer.signum(a.compareTo(b));
    }

    private static Boolean bool(JsonValue v) {
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        if (v instanceof JsonString s && (s.getString().equals("true") || s.getString().equals("false"))) {
            return Boolean.valueOf(s.getString());
        }
        return null;
    }

    private static int dates(JsonValue value, JsonValue operand) {
        Instant a = instant(value);
        Instant b = instant(operand);
        return a == null || b == null ? NOT_NUMBERS : Integer.signum(a.compareTo(b));
    }

    /** An ISO-8601 date or date-time (a date is its midnight UTC), or epoch milliseconds. */
    private static Instant instant(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        if (!(v instanceof JsonString s)) {
            return null;
        }
        String t = s.getString().strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }
}
