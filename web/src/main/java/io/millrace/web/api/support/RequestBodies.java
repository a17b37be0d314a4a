package io.millrace.web.api.support;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
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
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a request body as JSON, or as YAML when its content type says so (workflow files); a string
 * with an unpaired surrogate is refused ({@link SafeText#checkJson}).
 */
public final class RequestBodies {
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
            throw new InvalidInputException(null, "the request body is not valid JSON: " + e.getMessage());
        }
    }

    private static JsonValue yaml(String body) {
        try {
            return toJson(new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(body));
        } catch (YamlEngineException e) {
            throw new InvalidInputException(null, "the request body is not valid YAML: " + e.getMessage());
        }
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder o = Jsonp.createObjectBuilder();
            map.forEach((k, v) -> o.add(String.valueOf(k), toJson(v)));
            return o.build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder a = Jsonp.createArrayBuilder();
            list.forEach(v -> a.add(toJson(v)));
            return a.build();
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
            return Jsonp.createValue(BigDecimal.valueOf(((Number) value).doubleValue()));
        }
        return Jsonp.createValue(String.valueOf(value));
    }
}
