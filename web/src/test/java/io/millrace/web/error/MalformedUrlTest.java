package io.millrace.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MalformedUrlTest {
    @Test
    void wellFormedEscapesAndPlainTextDecode() {
        assertTrue(MalformedUrl.decodes("/v1/workflows/p_abc"));
        assertTrue(MalformedUrl.decodes("a%20b+c%E2%9C%93%25"));
        assertTrue(MalformedUrl.decodes(""));
    }

    @Test
    void strayPercentsAndEscapesThatAreNotUtf8DoNot() {
        assertFalse(MalformedUrl.decodes("%"));
        assertFalse(MalformedUrl.decodes("%zz"));
        assertFalse(MalformedUrl.decodes("a%4"));
        assertFalse(MalformedUrl.decodes("%FF"));
        assertFalse(MalformedUrl.decodes("%E2%9C"));
        assertFalse(MalformedUrl.decodes("%ED%A0%80"), "an encoded lone surrogate is not UTF-8");
    }

    @Test
    void theFirstParameterThatDoesNotDecodeIsNamed() {
        assertNull(MalformedUrl.badParameter(null));
        assertNull(MalformedUrl.badParameter("limit=5&after=abc%3D&flag"));
        assertEquals("x", MalformedUrl.badParameter("ok=1&x=%&y=%"));
        assertEquals("after", MalformedUrl.badParameter("limit=5&after=%4"));
        assertEquals("caf\u00e9", MalformedUrl.badParameter("caf%C3%A9=%FF"));
        assertEquals("%zz", MalformedUrl.badParameter("%zz=1"));
        assertEquals("flag%", MalformedUrl.badParameter("flag%"));
    }
}
