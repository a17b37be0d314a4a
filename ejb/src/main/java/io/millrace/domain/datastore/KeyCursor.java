package io.millrace.domain.datastore;

import io.millrace.shared.InvalidInputException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * The opaque cursor of a record list: the record's key, base64url-encoded. Records are listed in key
 * order, so a key names one position exactly, and paging goes on correctly while records are added or
 * deleted.
 */
public final class KeyCursor {
    private KeyCursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** @param field the request parameter the cursor came from, for the error message */
    public static String decode(String cursor, String field) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            String key = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            StoreRules.checkKey(key, field);
            return key;
        } catch (IllegalArgumentException | CharacterCodingException | InvalidInputException e) {
            throw new InvalidInputException(field, "invalid cursor in '" + field + "'");
        }
    }
}
