package io.millrace.application.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.shared.JsonText;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

/** An execution's deliveries: the latest attempt of each target, in the order they were first recorded. */
class DeliveryLogTest {

    @Test
    void eachAttemptReplacesItsTargetsEntry() {
        String one = DeliveryLog.with(null, "s3", "s3://b/k1", DeliveryLog.Status.RETRYING, 1, "HTTP 503", 0L);
        String two = DeliveryLog.with(one, "s3", "s3://b/k2", DeliveryLog.Status.FAILED, 1, "HTTP 403: Access Denied", 0L);
        String three = DeliveryLog.with(two, "s3", "s3://b/k1", DeliveryLog.Status.DELIVERED, 2, null, 1000L);
        JsonArray list = JsonText.parse(three).asJsonArray();
        assertEquals(2, list.size());
        assertEquals("s3://b/k1", list.getJsonObject(0).getString("target"));
        assertEquals("delivered", list.getJsonObject(0).getString("status"));
        assertEquals(2, list.getJsonObject(0).getInt("attempts"));
        assertEquals("1970-01-01T00:00:01Z", list.getJsonObject(0).getString("at"));
        assertEquals("HTTP 403: Access Denied", list.getJsonObject(1).getString("message"));
    }
}
