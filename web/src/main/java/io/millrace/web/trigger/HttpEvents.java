package io.millrace.web.trigger;

import io.millrace.shared.Jsonp;
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
     * @param subPath the path after {@code /e/<key>}, "/" when none
     * @param body    the body, or null when it was refused (too large) or empty
     */
    static JsonObjectBuilder event(HttpServletRequest request, String subPath, byte[] body) {
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
        if (body != null && body.length > 0) {
            JsonValue parsed = BodyParser.parse(request.getContentType(), body);
            event.add("body", parsed);
        }
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
