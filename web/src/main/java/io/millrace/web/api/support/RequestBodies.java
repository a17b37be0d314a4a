package io.millrace.web.api.support;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import io.millrace.shared.SafeText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a request body as JSON, or as YAML when its content type says so (workflow files); a string
 * with an unpaired surrogate is refused ({@link SafeText#checkJson}). A YAML document may nest at most
 * {@link #MAX_YAML_DEPTH} collections deep (aliases included); deeper ones are a 400 before they are
 * built. (JSON's depth is bounded by the JSON parser.)
 */
public final class RequestBodies {
    /** How deep collections may nest in a YAML body. */
    public static final int MAX_YAML_DEPTH = 64;
    private static final String TOO_DEEP = "the request body nests collections more than " + MAX_YAML_DEPTH
            + " levels deep";

    private RequestBodies() {
    }

    public static JsonValue read(String contentType, String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(null, "the request body must be a JSON object");
        }
        JsonValue value = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("yaml")
                ? yaml(body) : json(body);
        SafeText.checkJson(value);
        return value;
    }

    private static JsonValue json(String body) {
        try {
            return JsonText.parse(body);
        } catch (JsonParsingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException(null, "the request body is not valid JSON: " + Quoted.detail(e.getMessage()));
        }
    }

    private static JsonValue yaml(String body) {
        // the request body limit bounds the size, so the parser's own limit (3 MB) does not apply
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false)
                .setCodePointLimit(Integer.MAX_VALUE).build();
        try {
            checkDepth(new Parse(settings).parseString(body));
            return new Converter(body).toJson(new Load(settings).loadFromString(body), 0);
        } catch (YamlEngineException e) {
            throw new InvalidInputException(null, "the request body is not valid YAML: " + Quoted.detail(e.getMessage()));
        }
    }

    /** Refuses a document whose collections nest too deep, from its parse events, before it is built. */
    private static void checkDepth(Iterable<Event> events) {
        int depth = 0;
        for (Event e : events) {
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_YAML_DEPTH) {
                        throw new InvalidInputException(null, TOO_DEEP);
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
        }
    }

    /**
     * Builds the JSON of a loaded document. Aliases can make it deeper and larger than its text: it may
     * hold at most twice as many values as the body has characters (plenty for any document without
     * aliases, and a stop for "billion laughs"), nested at most {@link #MAX_YAML_DEPTH} deep.
     */
    private static final class Converter {
        private long remaining;

        Converter(String body) {
            this.remaining = 2L * body.length() + 16;
        }

        JsonValue toJson(Object value, int depth) {
            if (--remaining < 0) {
                throw new InvalidInputException(null, "the request body expands to too many values (YAML aliases)");
            }
            if (value instanceof Map<?, ?> map) {
                nest(depth);
                JsonObjectBuilder o = Jsonp.createObjectBuilder();
                map.forEach((k, v) -> o.add(String.valueOf(k), toJson(v, depth + 1)));
                return o.build();
            }
            if (value instanceof List<?> list) {
                nest(depth);
                JsonArrayBuilder a = Jsonp.createArrayBuilder();
                list.forEach(v -> a.add(toJson(v, depth + 1)));
                return a.build();
            }
            return scalar(value);
        }

        private static void nest(int depth) {
            if (depth >= MAX_YAML_DEPTH) {
                throw new InvalidInputException(null, TOO_DEEP);
            }
        }
    }

    private static JsonValue scalar(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Jsonp.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return Jsonp.createValue(big);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new InvalidInputException(null, "the request body has " + value + ", which JSON cannot hold");
            }
            return Jsonp.createValue(BigDecimal.valueOf(d));
        }
        return Jsonp.createValue(String.valueOf(value));
    }
}
