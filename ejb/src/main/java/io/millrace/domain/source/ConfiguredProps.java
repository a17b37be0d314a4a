package io.millrace.domain.source;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a source's {@code configured_props} against its component's {@code configurable_props} and
 * splits them into what the API shows and what the runtime gets. Every rejection names the prop, as
 * {@code configured_props.<name>}.
 *
 * <p>Interface props: a {@code $.interface.timer} takes the configured value or the prop's
 * {@code default} ({@link TimerSpec}); a {@code $.interface.http} gets an endpoint (its configured
 * value is ignored). {@code $.service.db} and {@code alert} props take no value. User-input props are
 * type-checked ({@link PropValues}); a prop that is neither {@code optional} nor has a {@code default}
 * must be given. {@code app} props are optional (Millrace has no managed auth).
 */
public final class ConfiguredProps {
    public static final String TIMER = "$.interface.timer";
    public static final String HTTP = "$.interface.http";
    public static final String DB = "$.service.db";
    private static final Pattern CUSTOM_RESPONSE = Pattern.compile("customResponse\\s*:\\s*true");

    /**
     * A validated configuration.
     *
     * @param displayJson      the {@code configured_props} the API shows (without the HTTP endpoint, added when shown)
     * @param runtimePropsJson the values of the user-input props (and the timer's schedule), for the runtime
     * @param timerProp        the name of the timer prop, or null
     * @param timer            its schedule, or null
     * @param httpProp         the name of the HTTP interface prop, or null
     * @param customResponse   true when the HTTP interface answers callers itself ({@code customResponse: true})
     * @param secretProps      the configured props declared {@code secret: true} (strings)
     */
    public record Configuration(String displayJson, String runtimePropsJson, String timerProp, TimerSpec timer,
                                String httpProp, boolean customResponse, List<String> secretProps) {

        /** The same configuration with other JSON texts (secret values sealed or masked). */
        public Configuration withJson(String display, String runtime) {
            return new Configuration(display, runtime, timerProp, timer, httpProp, customResponse, secretProps);
        }
    }

    private ConfiguredProps() {
    }

    /**
     * @param declaredJson the component's {@code configurable_props} (a JSON array)
     * @param configured   the request's {@code configured_props}, or null
     * @param code         the component's code (its {@code customResponse: true} counts when the declared
     *                     props do not carry the flag)
     */
    public static Configuration validate(String declaredJson, JsonObject configured, String code) {
        JsonObject given = configured == null ? JsonValue.EMPTY_JSON_OBJECT : configured;
        Map<String, JsonObject> declared = declared(declaredJson);
        for (String name : given.keySet()) {
            if (!declared.containsKey(name)) {
                throw new InvalidInputException(Quoted.member("configured_props", name), "unknown prop " + Quoted.of(name)
                        + "; the component's props are: "
                        + (declared.isEmpty() ? "none" : Quoted.detail(String.join(", ", declared.keySet()))));
            }
        }
        JsonObjectBuilder display = Jsonp.createObjectBuilder();
        JsonObjectBuilder runtime = Jsonp.createObjectBuilder();
        String timerProp = null;
        TimerSpec timer = null;
        String httpProp = null;
        boolean customResponse = false;
        List<String> secrets = new ArrayList<>();
        for (Map.Entry<String, JsonObject> e : declared.entrySet()) {
            String name = e.getKey();
            JsonObject prop = e.getValue();
            String field = Quoted.member("configured_props", name);
            String type = prop.getString("type", "string");
            JsonValue value = given.get(name);
            boolean absent = value == null || value.getValueType() == JsonValue.ValueType.NULL;
            switch (type) {
                case TIMER -> {
                    if (timerProp != null) {
                        throw new InvalidInputException(field, "a source may have only one $.interface.timer prop");
                    }
                    JsonValue chosen = absent ? prop.get("default") : value;
                    if (chosen == null || chosen.getValueType() == JsonValue.ValueType.NULL) {
                        throw new InvalidInputException(field, "prop " + Quoted.of(name) + " (a timer) is required: give "
                                + "{\"intervalSeconds\": n} or {\"cron\": \"…\"}");
                    }
                    timerProp = name;
                    timer = TimerSpec.parse(chosen, field);
                    display.add(name, timer.toJson());
                    runtime.add(name, timer.toComponentJson());
                }
                case HTTP -> {
                    if (httpProp != null) {
                        throw new InvalidInputException(field, "a source may have only one $.interface.http prop");
                    }
                    httpProp = name;
                    JsonValue flag = prop.get("customResponse");
                    customResponse = flag == null ? CUSTOM_RESPONSE.matcher(code == null ? "" : code).find()
                            : flag == JsonValue.TRUE;
                }
                case DB, "alert" -> {
                    // no value
                }
                default -> {
                    if (absent) {
                        if ("app".equals(type) || prop.getBoolean("optional", false) || prop.containsKey("default")) {
                            continue;
                        }
                        throw new InvalidInputException(field, "prop " + Quoted.of(name) + " is required");
                    }
                    PropValues.check(type, prop, value, field);
                    display.add(name, value);
                    runtime.add(name, value);
                    if (prop.getBoolean("secret", false) && value.getValueType() == JsonValue.ValueType.STRING) {
                        secrets.add(name);
                    }
                }
            }
        }
        return new Configuration(JsonText.write(display.build()), JsonText.write(runtime.build()), timerProp, timer,
                httpProp, customResponse, List.copyOf(secrets));
    }

    /** The declared props by name, in declaration order. */
    static Map<String, JsonObject> declared(String declaredJson) {
        Map<String, JsonObject> byName = new LinkedHashMap<>();
        if (declaredJson == null || declaredJson.isBlank()) {
            return byName;
        }
        JsonArray array = JsonText.parse(declaredJson).asJsonArray();
        for (JsonValue v : array) {
            if (v instanceof JsonObject o && o.get("name") instanceof JsonString n) {
                byName.put(n.getString(), o);
            }
        }
        return byName;
    }

    /** The names of the declared props of {@code type}. */
    public static List<String> propsOfType(String declaredJson, String type) {
        List<String> names = new ArrayList<>();
        declared(declaredJson).forEach((name, prop) -> {
            if (type.equals(prop.getString("type", ""))) {
                names.add(name);
            }
        });
        return names;
    }
}
