package io.millrace.it;

import jakarta.json.Json;

/** Builds the JSON of steps from readable JavaScript. */
final class JsCode {
    private JsCode() {
    }

    /** One code step: {@code {"name": name, "code": code}} as JSON. */
    static String step(String name, String code) {
        return Json.createObjectBuilder().add("name", name).add("code", code).build().toString();
    }

    /** A JSON array of steps. */
    static String steps(String... steps) {
        return "[" + String.join(",", steps) + "]";
    }
}
