package io.millrace.application.execution;

import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import java.util.Map;

/**
 * The HTTP request made to a {@code resume_url}: what a resumed {@code $.flow.suspend} gets as {@code $resume_data}
 * and a resumed {@code $.flow.rerun} as {@code $.context.run.callback_request}.
 *
 * @param method  the HTTP method
 * @param path    the request path (with the token left out: it is the secret)
 * @param query   the query parameters besides the token
 * @param headers the request headers, names in lower case
 * @param body    the body as text ("" when none)
 */
public record FlowRequest(String method, String path, Map<String, List<String>> query,
                          Map<String, String> headers, String body) {

    /** No request data (a resume from the API). */
    public static final FlowRequest NONE = new FlowRequest("POST", "", Map.of(), Map.of(), "");

    /**
     * {@code $resume_data}: the body, parsed when it is JSON, else its text; a request without a body gives its
     * query parameters (an object, empty when none).
     */
    JsonValue resumeData() {
        if (body == null || body.isEmpty()) {
            return queryObject();
        }
        return bodyValue();
    }

    /** {@code callback_request}: {@code {method, path, query, headers, body}}, the body parsed when it is JSON. */
    JsonValue callbackRequest() {
        JsonObjectBuilder h = Jsonp.createObjectBuilder();
        headers.forEach(h::add);
        return Jsonp.createObjectBuilder().add("method", method).add("path", path).add("query", queryObject())
                .add("headers", h).add("body", body == null || body.isEmpty() ? JsonValue.NULL : bodyValue()).build();
    }

    private JsonValue bodyValue() {
        String type = headers.getOrDefault("content-type", "");
        if (type.contains("json") || body.startsWith("{") || body.startsWith("[")) {
            try {
                return JsonText.parse(body);
            } catch (JsonParsingException | IllegalArgumentException e) {
                return Jsonp.createValue(body);
            }
        }
        return Jsonp.createValue(body);
    }

    private JsonValue queryObject() {
        JsonObjectBuilder q = Jsonp.createObjectBuilder();
        query.forEach((name, values) -> q.add(name, values.size() == 1 ? Jsonp.createValue(values.get(0))
                : Jsonp.createArrayBuilder(values).build()));
        return q.build();
    }
}
