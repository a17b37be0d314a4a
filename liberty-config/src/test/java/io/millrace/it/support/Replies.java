package io.millrace.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Assertions on the JSON errors of the API, shared by the tests of every feature. */
public final class Replies {
    private Replies() {
    }

    /** A 404 with the JSON error's status 404. */
    public static void assertNotFound(Api.Reply reply) {
        assertEquals(404, reply.status(), reply.body());
        assertEquals(404, reply.error().getInt("status"), reply.body());
    }

    /** A 403 with the JSON error's status 403. */
    public static void assertForbidden(Api.Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertEquals(403, reply.error().getInt("status"));
    }

    /** A 400 whose JSON error names {@code field} and has a message. */
    public static void assertBadInput(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.error().getString("field"), reply.body());
        assertFalse(reply.error().getString("message").isBlank(), reply.body());
    }

    /** A 4xx JSON error {@code {"error": {"status", "message", "field"?}}} with this status and field. */
    public static void assertRejected(Api.Reply reply, int status, String field) {
        assertTrue(reply.status() >= 400 && reply.status() < 500, "a client error, never a 5xx: " + reply.status()
                + " " + reply.body());
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("content-type").startsWith("application/json"), reply.header("content-type"));
        JsonObject error = reply.error();
        assertEquals(status, error.getInt("status"), reply.body());
        assertFalse(error.getString("message").isBlank(), reply.body());
        if (field == null) {
            assertFalse(error.containsKey("field"), "no field is named: " + reply.body());
        } else {
            assertEquals(field, error.getString("field", null), reply.body());
        }
    }
}
