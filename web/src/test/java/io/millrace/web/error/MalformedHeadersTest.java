package io.millrace.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MalformedHeadersTest {
    @Test
    void knownCharsetsAndNoneAreFine() {
        assertNull(MalformedHeaders.unknownCharset(null));
        assertNull(MalformedHeaders.unknownCharset("application/json"));
        assertNull(MalformedHeaders.unknownCharset("application/json; charset=utf-8"));
        assertNull(MalformedHeaders.unknownCharset("application/json;CHARSET=\"ISO-8859-1\""));
    }

    @Test
    void anUnknownOrIllegalCharsetIsNamed() {
        assertEquals("bogus-xx", MalformedHeaders.unknownCharset("application/json; charset=bogus-xx"));
        assertEquals("bogus", MalformedHeaders.unknownCharset("application/json; charset=\"bogus\"; a=b"));
        assertEquals("", MalformedHeaders.unknownCharset("application/json; charset=\"\""));
        assertEquals("$$", MalformedHeaders.unknownCharset("text/plain; charset=$$"));
    }
}
