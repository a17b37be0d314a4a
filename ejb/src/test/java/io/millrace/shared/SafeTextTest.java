package io.millrace.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeTextTest {
    private static String fieldOf(Runnable check) {
        return assertThrows(InvalidInputException.class, check::run).field();
    }

    @Test
    void anUnpairedSurrogateAnywhereInABodyIsNamedByItsPath() {
        assertEquals("name", fieldOf(() -> SafeText.checkJson(JsonText.parse("{\"name\":\"a\\ud800\"}"))));
        assertEquals("value.a[1]", fieldOf(() -> SafeText.checkJson(JsonText.parse("{\"value\":{\"a\":[1,\"\\udc00\"]}}"))));
        assertEquals("records[2].key", fieldOf(() -> SafeText.checkJson(
                JsonText.parse("{\"records\":[{},{},{\"key\":\"\\ude00x\"}]}"))));
        assertEquals("[0]", fieldOf(() -> SafeText.checkJson(JsonText.parse("[\"\\ud83d\"]"))));
        assertEquals("value", fieldOf(() -> SafeText.checkJson(JsonText.parse("{\"value\":{\"\\ud800\":1}}"))),
                "a field name is named by the object that holds it");
        assertEquals(null, fieldOf(() -> SafeText.checkJson(JsonText.parse("{\"\\udfff\":1}"))));
        assertEquals(null, fieldOf(() -> SafeText.checkJson(JsonText.parse("\"\\ud800\""))));
        assertEquals("a", fieldOf(() -> SafeText.checkJson(JsonText.parse("{\"a\":\"\\ude00\\ud83d\"}"))),
                "low then high is no pair");
    }

    @Test
    void pairsAndOtherTextAreFine() {
        assertDoesNotThrow(() -> SafeText.checkJson(JsonText.parse(
                "{\"smile\":\"\\ud83d\\ude00\",\"\\ud83d\\ude00\":[\"\\u0000\",\"\\u202e\",1,null,true]}")));
    }

    @Test
    void identifiersRefuseNulDirectionControlsAndUnpairedSurrogates() {
        for (char c : new char[] {'\u0000', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067',
                '\u2068', '\u2069', '\uD800', '\uDFFF'}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> SafeText.checkIdentifier("invoice" + c + "fdp.exe", "name"));
            assertEquals("name", e.field());
            assertTrue(e.getMessage().startsWith("name "), e.getMessage());
        }
        assertEquals("name must not contain the character U+202E (an invisible bidirectional control)",
                assertThrows(InvalidInputException.class, () -> SafeText.checkIdentifier("a\u202Eb", "name")).getMessage());
        assertEquals("key must not contain the character U+0000",
                assertThrows(InvalidInputException.class, () -> SafeText.checkIdentifier("\u0000", "key")).getMessage());
    }

    @Test
    void identifiersMayHoldOrdinaryUnicode() {
        for (String name : List.of("Café – 日本語", "😀 emoji", "עברית ومرحبا", "tab\there", "zero\u200Bwidth",
                "\u200F right-to-left mark", "")) {
            assertDoesNotThrow(() -> SafeText.checkIdentifier(name, "name"), name);
        }
        assertDoesNotThrow(() -> SafeText.checkIdentifier(null, "name"));
    }
}
