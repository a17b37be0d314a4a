package io.millrace.application.response;

import io.millrace.runtime.HttpReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@link HttpReply} as JSON text, for the caller's node: the body as base64, headers in their order. */
final class ReplyText {
    private ReplyText() {
    }

    static String write(HttpReply reply) {
        JsonObjectBuilder headers = Json.createObjectBuilder();
        reply.headers().forEach(headers::add);
        return Json.createObjectBuilder()
                .add("status", reply.status())
                .add("headers", headers)
                .add("body", Base64.getEncoder().encodeToString(reply.body()))
                .add("json", reply.json())
                .add("immediate", reply.immediate())
                .build().toString();
    }

    static HttpReply read(String text) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(text))) {
            o = reader.readObject();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> h : o.getJsonObject("headers").entrySet()) {
            headers.put(h.getKey(), ((JsonString) h.getValue()).getString());
        }
        return new HttpReply(o.getInt("status"), headers, Base64.getDecoder().decode(o.getString("body")),
                o.getBoolean("json"), o.getBoolean("immediate"));
    }
}
