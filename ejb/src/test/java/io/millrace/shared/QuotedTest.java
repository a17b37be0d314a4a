package io.millrace.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedTest {
    private static final String MB = "k".repeat(1024 * 1024);

    @Test
    void shortValuesAreQuotedAsTheyAre() {
        assertEquals("'http'", Quoted.of("http"));
        assertEquals("''", Quoted.of(""));
        assertEquals("'null'", Quoted.of(null));
        assertEquals("p_abc", Quoted.value("p_abc"));
        assertNull(Quoted.value(null));
        String limit = "a".repeat(Quoted.MAX_VALUE);
        assertEquals("'" + limit + "'", Quoted.of(limit));
        assertEquals(limit, Quoted.value(limit));
    }

    @Test
    void aLongValueIsItsStartAnEllipsisAndItsLength() {
        assertEquals("'" + "k".repeat(Quoted.MAX_VALUE) + "…' (1048576 characters)", Quoted.of(MB));
        assertEquals("k".repeat(Quoted.MAX_VALUE) + "… (1048576 characters)", Quoted.value(MB));
        assertEquals("a".repeat(Quoted.MAX_VALUE) + "… (121 characters)", Quoted.value("a".repeat(Quoted.MAX_VALUE + 1)));
    }

    @Test
    void theLengthCountsCharactersAndTheCutKeepsSurrogatePairsWhole() {
        String smiles = "\uD83D\uDE00".repeat(100); // 100 characters, 200 UTF-16 units
        String quoted = Quoted.value(smiles);
        assertTrue(quoted.endsWith("… (100 characters)"), quoted);
        String head = quoted.substring(0, quoted.indexOf('…'));
        assertEquals(Quoted.MAX_VALUE, head.length(), "an even cut ends after a whole pair");
        String odd = "x" + smiles;
        String head2 = Quoted.value(odd).substring(0, Quoted.value(odd).indexOf('…'));
        assertEquals(Quoted.MAX_VALUE - 1, head2.length(), "a cut inside a pair leaves the pair out");
        assertTrue(Character.isLowSurrogate(head2.charAt(head2.length() - 1)));
    }

    @Test
    void membersQuoteTheKeyOnly() {
        assertEquals("settings.timeout_seconds", Quoted.member("settings", "timeout_seconds"));
        assertEquals("name", Quoted.member(null, "name"));
        assertEquals("steps[0].props." + "k".repeat(Quoted.MAX_VALUE) + "… (1048576 characters)",
                Quoted.member("steps[0].props", MB));
    }

    @Test
    void detailsAndMessagesHaveLargerBounds() {
        assertEquals("Expected ; but found x", Quoted.detail("Expected ; but found x"));
        assertEquals(Quoted.MAX_DETAIL + "… (1048576 characters)".length(), Quoted.detail(MB).length());
        assertEquals(Quoted.MAX_MESSAGE + "… (1048576 characters)".length(), Quoted.message(MB).length());
        assertNull(Quoted.detail(null));
        assertNull(Quoted.message(null));
    }

    @Test
    void anInvalidInputIsBoundedWhateverBuiltIt() {
        InvalidInputException e = new InvalidInputException("props." + MB, "unknown field '" + MB + "'");
        assertTrue(e.getMessage().length() < Quoted.MAX_MESSAGE + 40, "message of " + e.getMessage().length());
        assertTrue(e.field().length() < Quoted.MAX_DETAIL + 40, "field of " + e.field().length());
        assertTrue(e.field().startsWith("props.kkk"), e.field());
    }

    @Test
    void bodyFieldsQuoteAnUnknownKeyShortly() {
        String body = "{\"" + MB + "\": 1}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BodyFields.body(JsonText.parse(body), java.util.Set.of("name")));
        assertEquals("unknown field '" + "k".repeat(Quoted.MAX_VALUE) + "…' (1048576 characters)", e.getMessage());
        assertEquals("k".repeat(Quoted.MAX_VALUE) + "… (1048576 characters)", e.field());
    }
}
