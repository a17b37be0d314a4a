package io.millrace.web.signin;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@code POST /login} was sent: {@code {"username", "password", "code"?, "method"?}} as JSON or as
 * {@code application/x-www-form-urlencoded} fields of the same names. {@code method} is {@code password}
 * (also when absent) or {@code ldap}; a second factor ({@code code}) goes with local passwords only. Missing
 * or malformed fields are a 400 naming them.
 */
record LoginForm(String username, String password, String code, String method) {
    /** A local password (the default). */
    static final String PASSWORD = "password";
    /** A password checked by the LDAP directory. */
    static final String LDAP = "ldap";
    private static final Set<String> FIELDS = Set.of("username", "password", "code", "method");

    static LoginForm read(MediaType type, String body) {
        Map<String, String> fields = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                ? form(body) : json(body);
        String username = fields.get("username");
        String password = fields.get("password");
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "username is required");
        }
        if (username.length() > 200) {
            throw new InvalidInputException("username", "username must be at most 200 characters");
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "password is required");
        }
        if (password.length() > 1024) { // hashing a huge one costs; the policy allows 128 characters
            throw new InvalidInputException("password", "password is too long");
        }
        String code = fields.get("code");
        if (code != null && code.length() > 64) {
            throw new InvalidInputException("code", "code is too long");
        }
        String method = fields.get("method");
        if (method == null || method.isEmpty()) {
            method = PASSWORD;
        } else if (!method.equals(PASSWORD) && !method.equals(LDAP)) {
            throw new InvalidInputException("method", "method must be \"password\" or \"ldap\", not "
                    + Quoted.of(method));
        }
        code = code == null || code.isBlank() ? null : code.trim();
        if (method.equals(LDAP) && code != null) {
            throw new InvalidInputException("code", "code goes with method \"password\": the directory checks"
                    + " LDAP sign-ins");
        }
        return new LoginForm(username.trim(), password, code, method);
    }

    private static Map<String, String> json(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(null, "send {\"username\": \"…\", \"password\": \"…\"}");
        }
        JsonValue parsed;
        try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
            parsed = reader.readValue();
        } catch (RuntimeException e) {
            throw new InvalidInputException(null, "the body is not valid JSON");
        }
        JsonObject o = BodyFields.body(parsed, FIELDS);
        Map<String, String> fields = new HashMap<>();
        for (String name : FIELDS) {
            fields.put(name, BodyFields.text(o, name));
        }
        return fields;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "the form");
            if (!FIELDS.contains(name)) {
                if (name.equals("csrf_token")) {
                    continue;
                }
                throw new InvalidInputException(name, "unknown field " + name + ": send username, password, code and method");
            }
            if (fields.containsKey(name)) {
                throw new InvalidInputException(name, name + " is given twice");
            }
            fields.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1), name));
        }
        return fields;
    }

    private static String decode(String text, String field) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " is not correctly URL-encoded");
        }
    }
}
