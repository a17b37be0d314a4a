package io.millrace.domain.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DeliveryTest {
    @Test
    void aDeliverySurvivesItsMessageFormat() {
        Delivery d = new Delivery("o_1", "wh_1", "dc_1", "1589486981597-0", "$errors", "{\"a\":[1,\"x\"]}", 2, 3);
        assertEquals(d, Delivery.parse(d.format()));
        assertEquals(3, Delivery.parse(d.format()).nextAttempt().attempt());
        assertEquals(3, Delivery.parse(d.format()).nextAttempt().hops(), "retries keep the hop count");
        assertEquals(1, Delivery.parse(d.format().replace(",\"hops\":3", "")).hops(), "messages of before hops");
        assertThrows(IllegalArgumentException.class, () -> Delivery.parse("run:abc"));
    }

    @Test
    void globsCoverTheirKind() {
        assertEquals("dc_*", EmitterIds.globOf("dc_abc"));
        assertEquals("p_*", EmitterIds.globOf("p_abc"));
        assertEquals(null, EmitterIds.globOf("wh_abc"));
    }
}
