package io.millrace.domain.source;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;

/**
 * Type checks of user-input prop values: {@code string}, {@code integer} (integral numbers or numeric
 * strings, within {@code min}/{@code max}), {@code boolean} (also {@code "true"}/{@code "false"}),
 * {@code object}, {@code any}, arrays such as {@code string[]}, and static {@code options}. Other types
 * ({@code app}, {@code data_store}, {@code http_request}, unknown ones) take any value.
 */
final class PropValues {
    private PropValues() {
    }

    static void check(String type, JsonObject prop, JsonValue value, String field) {
        if (type.endsWith("[]")) {
            if (!(value instanceof JsonArray array)) {
                throw new InvalidInputException(field, field + " must be an array (" + Quoted.value(type) + ")");
            }
            String element = type.substring(0, type.length() - 2);
            for (int i = 0; i < array.size(); i++) {
                check(element, prop, array.get(i), field + "[" + i + "]");
            }
            return;
        }
        switch (type) {
            case "string" -> {
                if (!(value instanceof JsonString)) {
                    throw new InvalidInputException(field, field + " must be a string");
                }
                options(prop, value, field);
            }
            case "integer" -> {
                BigInteger n = integer(value, field);
                bound(prop, "min", n, field, true);
                bound(prop, "max", n, field, false);
                options(prop, value, field);
            }
            case "boolean" -> {
                boolean ok = value == JsonValue.TRUE || value == JsonValue.FALSE
                        || value instanceof JsonString s && (s.getString().equals("true") || s.getString().equals("false"));
                if (!ok) {
                    throw new InvalidInputException(field, field + " must be a boolean");
                }
            }
            case "object" -> {
                if (!(value instanceof JsonObject)) {
                    throw new InvalidInputException(field, field + " must be an object");
                }
            }
            default -> {
                // any, app, data_store, http_request and types Millrace does not check
            }
        }
    }

    private static BigInteger integer(JsonValue value, String field) {
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.bigIntegerValue();
        }
        if (value instanceof JsonString s && s.getString().trim().matches("-?\\d{1,18}")) {
            return new BigInteger(s.getString().trim());
        }
        throw new InvalidInputException(field, field + " must be an integer");
    }

    private static void bound(JsonObject prop, String which, BigInteger n, String field, boolean lower) {
        if (prop.get(which) instanceof JsonNumber limit) {
            BigInteger b = limit.bigDecimalValue().toBigInteger();
            if (lower ? n.compareTo(b) < 0 : n.compareTo(b) > 0) {
                throw new InvalidInputException(field, field + " must be " + (lower ? "at least " : "at most ") + b);
            }
        }
    }

    /** With static {@code options} (strings or {@code {label, value}}), the value must be one of them. */
    private static void options(JsonObject prop, JsonValue value, String field) {
        if (!(prop.get("options") instanceof JsonArray options) || options.isEmpty()) {
            return;
        }
        String wanted = text(value);
        for (JsonValue option : options) {
            JsonValue v = option instanceof JsonObject o && o.containsKey("value") ? o.get("value") : option;
            if (text(v).equals(wanted)) {
                return;
            }
        }
        throw new InvalidInputException(field, field + " must be one of the prop's options");
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
