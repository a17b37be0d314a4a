package io.millrace.application.connect;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A prop's options as Connect answers them: each option {@code {label, value}} (a plain string, number or boolean
 * becomes its own label and value; an object's other value is written as JSON text), and, when every option the
 * component gave is a string, the same strings in {@code stringOptions}.
 */
final class PropOptions {
    private PropOptions() {
    }

    static JsonObject asConnect(JsonObject answer) {
        JsonValue options = answer.get("options");
        if (!(options instanceof JsonArray list)) {
            return answer;
        }
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        JsonArrayBuilder strings = Jsonp.createArrayBuilder();
        boolean allStrings = true;
        for (JsonValue option : list) {
            out.add(option(option));
            if (option instanceof JsonString s) {
                strings.add(s);
            } else {
                allStrings = false;
            }
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder(answer).add("options", out);
        b.add("stringOptions", allStrings && !list.isEmpty() ? strings.build() : JsonValue.NULL);
        return b.build();
    }

    private static JsonValue option(JsonValue option) {
        switch (option.getValueType()) {
            case STRING, NUMBER, TRUE, FALSE:
                return Jsonp.createObjectBuilder().add("label", text(option)).add("value", option).build();
            case OBJECT:
                JsonObject o = option.asJsonObject();
                JsonValue value = o.containsKey("value") ? o.get("value") : JsonValue.NULL;
                JsonValue label = o.containsKey("label") ? o.get("label") : value;
                JsonObjectBuilder b = Jsonp.createObjectBuilder().add("label", text(label));
                if (value.getValueType() != JsonValue.ValueType.NULL) {
                    b.add("value", scalar(value) ? value : Jsonp.createValue(value.toString()));
                }
                return b.build();
            default:
                return Jsonp.createObjectBuilder().add("label", text(option)).add("value", option.toString()).build();
        }
    }

    private static boolean scalar(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING, NUMBER, TRUE, FALSE -> true;
            default -> false;
        };
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
