package io.millrace.domain.datastore;

import static io.millrace.domain.datastore.StoreRulesTest.assertField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.millrace.shared.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreRequestsTest {
    @Test
    void aRecordBodyHasAValueOfAnyJsonAndAnOptionalTtl() {
        RecordWrite w = StoreRequests.record("k", JsonText.parse("{\"value\": {\"a\": [1, null]}, \"ttl\": 60}"));
        assertEquals(new RecordWrite("k", "{\"a\":[1,null]}", 60L), w);
        assertEquals(new RecordWrite("k", "null", null), StoreRequests.record("k", JsonText.parse("{\"value\": null}")));
        assertEquals(new RecordWrite("k", "\"\"", null),
                StoreRequests.record("k", JsonText.parse("{\"value\": \"\", \"ttl\": null}")));
        assertEquals(1000L, StoreRequests.record("k", JsonText.parse("{\"value\": 1, \"ttl\": 1E+3}")).ttlSeconds());
        assertEquals(5L, StoreRequests.record("k", JsonText.parse("{\"value\": 1, \"ttl\": 5.0}")).ttlSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.5", "1.5", "\"5\"", "true", "{}", "2147483648", "1e400"})
    void badTtlsNameTtl(String ttl) {
        assertField("ttl", () -> StoreRequests.record("k", JsonText.parse("{\"value\": 1, \"ttl\": " + ttl + "}")));
        assertField("ttl", () -> StoreRequests.ttl(JsonText.parse("{\"ttl\": " + ttl + "}")));
    }

    @Test
    void aTtlChangeNeedsTheTtlField() {
        assertNull(StoreRequests.ttl(JsonText.parse("{\"ttl\": null}")));
        assertEquals(30L, StoreRequests.ttl(JsonText.parse("{\"ttl\": 30}")));
        assertField("ttl", () -> StoreRequests.ttl(JsonText.parse("{}")));
        assertField("value", () -> StoreRequests.ttl(JsonText.parse("{\"ttl\": 1, \"value\": 2}")));
    }

    @Test
    void missingValuesUnknownFieldsAndOtherKeysAreRejected() {
        assertField("value", () -> StoreRequests.record("k", JsonText.parse("{}")));
        assertField("valeu", () -> StoreRequests.record("k", JsonText.parse("{\"valeu\": 1}")));
        assertField("key", () -> StoreRequests.record("k", JsonText.parse("{\"value\": 1, \"key\": \"j\"}")));
        assertField(null, () -> StoreRequests.record("k", JsonText.parse("[1]")));
        assertEquals("k", StoreRequests.record("k", JsonText.parse("{\"value\": 1, \"key\": \"k\", \"created_at\": 5}")).key());
    }

    @Test
    void aBatchNamesTheIndexOfItsBadRecord() {
        List<RecordWrite> writes = StoreRequests.batch(JsonText.parse(
                "{\"records\": [{\"key\": \"a\", \"value\": 1}, {\"key\": \"b\", \"value\": [], \"ttl\": 9}]}"));
        assertEquals(List.of(new RecordWrite("a", "1", null), new RecordWrite("b", "[]", 9L)), writes);
        assertField("records", () -> StoreRequests.batch(JsonText.parse("{\"records\": []}")));
        assertField("records", () -> StoreRequests.batch(JsonText.parse("{}")));
        assertField("records[1].key", () -> StoreRequests.batch(JsonText.parse(
                "{\"records\": [{\"key\": \"a\", \"value\": 1}, {\"key\": 5, \"value\": 1}]}")));
        assertField("records[0].value", () -> StoreRequests.batch(JsonText.parse("{\"records\": [{\"key\": \"a\"}]}")));
        assertField("records[0].ttl", () -> StoreRequests.batch(JsonText.parse(
                "{\"records\": [{\"key\": \"a\", \"value\": 1, \"ttl\": -1}]}")));
        assertField("records[0].extra", () -> StoreRequests.batch(JsonText.parse(
                "{\"records\": [{\"key\": \"a\", \"value\": 1, \"extra\": 0}]}")));
        assertField("records[0]", () -> StoreRequests.batch(JsonText.parse("{\"records\": [\"a\"]}")));
    }

    @Test
    void aStoreNameIsAString() {
        assertEquals("orders", StoreRequests.name(JsonText.parse("{\"name\": \"orders\"}")));
        assertEquals("orders", StoreRequests.name(JsonText.parse("{\"name\": \"orders\", \"id\": \"ds_x\"}")));
        assertField("name", () -> StoreRequests.name(JsonText.parse("{\"name\": 1}")));
        assertField("name", () -> StoreRequests.name(JsonText.parse("{}")));
        assertField("nam", () -> StoreRequests.name(JsonText.parse("{\"nam\": \"x\"}")));
    }

    @Test
    void cursorsRoundTripAnyKeyAndRejectGarbage() {
        for (String key : List.of("a", "a/b c", "😀 ü", "k".repeat(512))) {
            assertEquals(key, KeyCursor.decode(KeyCursor.encode(key), "after"));
        }
        assertField("after", () -> KeyCursor.decode("%%%", "after"));
        assertField("before", () -> KeyCursor.decode("", "before"));
        assertField("after", () -> KeyCursor.decode("_w", "after")); // the byte 0xFF is no UTF-8
    }
}
