package io.millrace.it.support;

import jakarta.json.Json;

/** Builds the JSON of steps from readable JavaScript. */
public final class JsCode {
    private JsCode() {
    }

    /** One code step: {@code {"name": name, "code": code}} as JSON. */
    public static String step(String name, String code) {
        return Json.createObjectBuilder().add("name", name).add("code", code).build().toString();
    }

    /** A JSON array of steps. */
    public static String steps(String... steps) {
        return "[" + String.join(",", steps) + "]";
    }
}
