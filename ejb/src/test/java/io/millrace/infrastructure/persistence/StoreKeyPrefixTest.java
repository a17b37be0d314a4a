package io.millrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The LIKE pattern of a data store's key search: the prefix's own %, _ and backslash match only themselves. */
class StoreKeyPrefixTest {
    @Test
    void plainTextGetsATrailingWildcard() {
        assertEquals("order%", JpaStoreRepository.likePrefix("order"));
    }

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertEquals("order\\_1\\%\\\\x%", JpaStoreRepository.likePrefix("order_1%\\x"));
    }
}
