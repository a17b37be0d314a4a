package io.millrace.domain.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class ErrorDetailsTest {
    private static final long NOW = 1606370816077L;

    @Test
    void anExecutionsErrorGetsCodeAndTimestamp() {
        JsonObject e = ErrorDetails.normalize(
                "{\"name\":\"TypeError\",\"message\":\"bad\",\"step\":\"explode\",\"stack\":\"TypeError: bad\\n at x\"}", NOW);
        assertEquals("TypeError", e.getString("name"));
        assertEquals("bad", e.getString("message"));
        assertEquals("TypeError", e.getString("code"));
        assertEquals("explode", e.getString("step"));
        assertEquals("2020-11-26T06:06:56.077Z", e.getString("ts"));
        assertTrue(e.getString("stack").startsWith("TypeError: bad"));
    }

    @Test
    void givenCodeTimestampAndCellIdAreKept() {
        JsonObject e = ErrorDetails.normalize("{\"name\":\"E\",\"code\":\"InternalFailure\",\"cellId\":\"c_1\","
                + "\"ts\":\"2020-01-01T00:00:00Z\"}", NOW);
        assertEquals("InternalFailure", e.getString("code"));
        assertEquals("c_1", e.getString("step"));
        assertEquals("2020-01-01T00:00:00Z", e.getString("ts"));
    }

    @Test
    void missingFieldsAreNullOrDefaults() {
        JsonObject e = ErrorDetails.normalize("{\"name\":\"Request Entity Too Large\",\"message\":\"big\"}", NOW);
        assertEquals("Request Entity Too Large", e.getString("code"));
        assertEquals(JsonValue.NULL, e.get("step"));
        assertEquals(JsonValue.NULL, e.get("stack"));
        JsonObject none = ErrorDetails.normalize(null, NOW);
        assertEquals("Error", none.getString("name"));
        assertEquals("", none.getString("message"));
        assertEquals(6, none.size());
    }

    @Test
    void textThatIsNotAnObjectBecomesTheMessage() {
        assertEquals("boom {", ErrorDetails.normalize("boom {", NOW).getString("message"));
        assertEquals("quoted", ErrorDetails.normalize("\"quoted\"", NOW).getString("message"));
        assertEquals("42", ErrorDetails.normalize("{\"name\":\"E\",\"message\":42}", NOW).getString("message"));
    }
}
