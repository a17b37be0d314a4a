package io.millrace.web.trigger;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/** Builds {@code steps.trigger.event} from an HTTP request to a trigger endpoint. */
final class HttpEvents {
    private HttpEvents() {
    }

    /**
     * The event of a request: method, path, query, client IP, URL, headers and the parsed body. A source's
     * {@code run(event)} also gets {@code bodyRaw}, the body as text ({@code ""} when empty), as the
     * component API shows.
     *
     * @param subPath the path after {@code /e/<key>}, "/" when none
     * @param body    the body, or null when it was refused (too large) or empty
     * @param raw     whether to add {@code bodyRaw} (for a source)
     */
    static JsonObject event(HttpServletRequest request, String subPath, byte[] body, boolean raw) {
        JsonObjectBuilder event = common(request, subPath);
        if (body != null && body.length > 0) {
            JsonValue parsed = BodyParser.parse(request.getContentType(), body);
            event.add("body", parsed);
        }
        if (raw) {
            event.add("bodyRaw", body == null ? "" : new String(body, BodyParser.charsetOf(request.getContentType())));
        }
        return event.build();
    }

    /**
     * The event of a request whose body was already turned into {@code body} (multipart fields and files, or
     * {@code raw_body_url}); a source's {@code bodyRaw} is then {@code ""}.
     */
    static JsonObject event(HttpServletRequest request, String subPath, JsonValue body, boolean raw) {
        JsonObjectBuilder event = common(request, subPath).add("body", body);
        if (raw) {
            event.add("bodyRaw", "");
        }
        return event.build();
    }

    private static JsonObjectBuilder common(HttpServletRequest request, String subPath) {
        JsonObjectBuilder headers = Jsonp.createObjectBuilder();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.add(name.toLowerCase(Locale.ROOT), String.join(", ", Collections.list(request.getHeaders(name))));
        }
        String query = request.getQueryString();
        String url = request.getRequestURL() + (query == null ? "" : "?" + query);
        JsonObjectBuilder event = Jsonp.createObjectBuilder()
                .add("method", request.getMethod())
                .add("path", subPath)
                .add("query", BodyParser.form(query, StandardCharsets.UTF_8))
                .add("client_ip", clientIp(request))
                .add("url", url)
                .add("headers", headers);
        return event;
    }

    private static String clientIp(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return request.getRemoteAddr();
    }
}
