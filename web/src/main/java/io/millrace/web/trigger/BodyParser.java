package io.millrace.web.trigger;

import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a request body into {@code steps.trigger.event.body}: JSON becomes an object (or whatever
 * value it is), {@code application/x-www-form-urlencoded} an object of fields, anything else a string.
 */
public final class BodyParser {
    /** A {@code %} that does not start an escape ({@code %} and two hex digits). */
    private static final Pattern STRAY_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private BodyParser() {
    }

    public static JsonValue parse(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        Charset charset = charset(type);
        String text = new String(body, charset);
        if (type.startsWith("application/json") || type.matches("application/[a-z0-9.+-]*\\+json.*")) {
            try {
                return JsonText.parse(text);
            } catch (RuntimeException notJson) {
                return Jsonp.createValue(text);
            }
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return form(text, charset);
        }
        return Jsonp.createValue(text);
    }

    /**
     * Query strings and form bodies: {@code a=1&b=2} to {"a":"1","b":"2"}; a repeated name keeps its last value.
     * As in Node.js's {@code querystring}, a {@code %} that starts no valid escape stays as it is
     * ({@code x=%} gives {"x":"%"}): a sender's sloppy encoding never costs an event.
     */
    public static JsonValue form(String text, Charset charset) {
        JsonObjectBuilder fields = Jsonp.createObjectBuilder();
        if (text == null || text.isEmpty()) {
            return fields.build();
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
            fields.add(name, value);
        }
        return fields.build();
    }

    private static String decode(String text, Charset charset) {
        return URLDecoder.decode(STRAY_PERCENT.matcher(text).replaceAll("%25"), charset);
    }

    /** The charset a content type names, UTF-8 when none or unknown. */
    public static Charset charsetOf(String contentType) {
        return charset(contentType == null ? "" : contentType.toLowerCase(Locale.ROOT));
    }

    private static Charset charset(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at >= 0) {
            String name = contentType.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
            try {
                return Charset.forName(name);
            } catch (RuntimeException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
