package io.millrace.domain.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"a", "Triggered At", "a/b", "ünïcödé", "😀", " ", "%2F"})
    void goodKeys(String key) {
        StoreRules.checkKey(key);
    }

    @Test
    void keysAreNonEmptyAtMost512CharactersWithoutNulOrLoneSurrogates() {
        StoreRules.checkKey("k".repeat(512));
        StoreRules.checkKey("😀".repeat(256));
        assertField("key", () -> StoreRules.checkKey("k".repeat(513)));
        assertField("key", () -> StoreRules.checkKey(""));
        assertField("key", () -> StoreRules.checkKey(null));
        assertField("key", () -> StoreRules.checkKey("a\u0000b"));
        assertField("key", () -> StoreRules.checkKey("\ud83d"));
        assertField("key", () -> StoreRules.checkKey("x\ude00y"));
        assertField("records[2].key", () -> StoreRules.checkKey("", "records[2].key"));
    }

    @Test
    void valuesAreAtMost512KilobytesOfUtf8Json() {
        StoreRules.checkValueSize("\"" + "v".repeat(512 * 1024 - 2) + "\"", "value");
        StoreRules.checkValueSize("\"" + "é".repeat(256 * 1024 - 1) + "\"", "value");
        assertField("value", () -> StoreRules.checkValueSize("\"" + "v".repeat(512 * 1024 - 1) + "\"", "value"));
        assertField("value", () -> StoreRules.checkValueSize("\"" + "é".repeat(256 * 1024) + "\"", "value"));
    }

    @Test
    void ttlsAreWholeSecondsFromOneOrNone() {
        StoreRules.checkTtl(null, "ttl");
        StoreRules.checkTtl(1L, "ttl");
        StoreRules.checkTtl(StoreRules.MAX_TTL_SECONDS, "ttl");
        assertField("ttl", () -> StoreRules.checkTtl(0L, "ttl"));
        assertField("ttl", () -> StoreRules.checkTtl(-5L, "ttl"));
        assertField("ttl", () -> StoreRules.checkTtl(StoreRules.MAX_TTL_SECONDS + 1, "ttl"));
        assertEquals(1_000_000L + 3_600_000L, StoreRules.expiresAt(3600L, 1_000_000L));
        assertNull(StoreRules.expiresAt(null, 1_000_000L));
    }

    @Test
    void namesAreNotBlankAndAtMost255Characters() {
        StoreRules.checkName("n".repeat(255));
        assertField("name", () -> StoreRules.checkName("n".repeat(256)));
        assertField("name", () -> StoreRules.checkName(" \t"));
        assertField("name", () -> StoreRules.checkName(null));
    }

    @Test
    void anExpiredRecordIsReplacedAsANewOne() {
        StoreRecord r = new StoreRecord("ds_x", "k", "1", 2_000L, 1_000L);
        r.replace("2", null, 1_500L);
        assertEquals(1_000L, r.createdAt(), "not expired yet: same record");
        r.expireAt(1_800L, 1_600L);
        r.replace("3", null, 1_800L);
        assertEquals(1_800L, r.createdAt(), "expired at 1800: a new record");
        assertNull(r.expiresAt());
    }

    static void assertField(String field, Runnable check) {
        InvalidInputException e = assertThrows(InvalidInputException.class, check::run);
        assertEquals(field, e.field());
    }
}
