package io.millrace.web.api.identity;

import io.millrace.domain.auth.OAuthException;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.Quoted;
import io.millrace.shared.SafeText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The parameters of an OAuth token request: a JSON object or a form body, plus client credentials in
 * an {@code Authorization: Basic} header (RFC 6749 §2.3.1), which win over those in the body.
 */
final class OAuthParams {
    private OAuthParams() {
    }

    static Map<String, String> read(MediaType type, String body, String authorization) {
        Map<String, String> params = new HashMap<>();
        String text = body == null ? "" : body.trim();
        boolean json = type == null ? text.startsWith("{") : type.getSubtype().toLowerCase().contains("json");
        if (json) {
            readJson(text, params);
        } else {
            readForm(text, params);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "basic ", 0, 6)) {
            readBasic(authorization.substring(6).trim(), params);
        }
        return params;
    }

    private static void readJson(String text, Map<String, String> params) {
        JsonValue value;
        try {
            value = text.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parse(text);
        } catch (RuntimeException e) {
            throw OAuthException.invalidRequest("the request body is not valid JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw OAuthException.invalidRequest("the request body must be a JSON object");
        }
        try {
            SafeText.checkJson(value);
        } catch (InvalidInputException e) {
            throw OAuthException.invalidRequest(e.getMessage());
        }
        JsonObject o = value.asJsonObject();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getValue() instanceof JsonString s) {
                params.put(e.getKey(), s.getString());
            } else if (e.getValue().getValueType() != JsonValue.ValueType.NULL) {
                throw OAuthException.invalidRequest(Quoted.value(e.getKey()) + " must be a string");
            }
        }
    }

    private static void readForm(String text, Map<String, String> params) {
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (params.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1))) != null) {
                throw OAuthException.invalidRequest(Quoted.value(name) + " is given more than once");
            }
        }
    }

    private static void readBasic(String credentials, Map<String, String> params) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("the Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthException.invalidRequest("the Basic credentials must be client_id:client_secret");
        }
        params.put("client_id", decode(decoded.substring(0, colon)));
        params.put("client_secret", decode(decoded.substring(colon + 1)));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("the form body is not valid application/x-www-form-urlencoded");
        }
    }
}
