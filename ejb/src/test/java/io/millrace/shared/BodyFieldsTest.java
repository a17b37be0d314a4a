package io.millrace.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BodyFieldsTest {
    private static JsonObject json(String text) {
        return JsonText.parseObject(text.replace('\'', '"'));
    }

    private static void rejects(String field, String message, Executable read) {
        InvalidInputException e = assertThrows(InvalidInputException.class, read);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    @Test
    void aBodyMustBeAnObjectOfKnownFields() {
        rejects(null, "the request body must be a JSON object", () -> BodyFields.body(null, Set.of("a")));
        rejects(null, "the request body must be a JSON object", () -> BodyFields.body(JsonText.parse("[1]"), Set.of()));
        rejects("b", "unknown field 'b'", () -> BodyFields.body(json("{'a':1,'b':2}"), Set.of("a")));
        assertEquals(2, BodyFields.body(json("{'a':1,'id':2}"), Set.of("a"), Set.of("id")).size());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, BodyFields.bodyOrEmpty(null, Set.of("a")));
    }

    @Test
    void anObjectReadLikeABodyNamesItsFieldsUnderIt() {
        rejects("records[1]", "records[1] must be a JSON object",
                () -> BodyFields.body(JsonValue.NULL, "records[1]", Set.of("key"), Set.of()));
        rejects("records[1].x", "unknown field 'x'",
                () -> BodyFields.body(json("{'x':1}"), "records[1]", Set.of("key"), Set.of()));
    }

    @Test
    void anObjectInsideABodyHasItsOwnWording() {
        rejects("steps[0]", "steps[0] must be an object", () -> BodyFields.object(JsonValue.NULL, "steps[0]"));
        rejects("steps[0].x", "unknown field 'x' in steps[0]",
                () -> BodyFields.rejectUnknown(json("{'x':1}"), Set.of("name"), "steps[0]"));
        rejects("props", "props must be an object", () -> BodyFields.optionalObject(json("{'props':[]}"), "props"));
        assertNull(BodyFields.optionalObject(json("{'props':null}"), "props"));
        rejects("steps", "steps must be an array", () -> BodyFields.array(json("{'steps':{}}"), "steps"));
    }

    @Test
    void stringsAreTrimmedOrTakenAsGiven() {
        JsonObject o = json("{'a':'  x ','blank':' ','n':1,'nul':null}");
        assertEquals("x", BodyFields.string(o, "a", true, 1));
        assertNull(BodyFields.string(o, "blank", false, 5));
        rejects("blank", "blank must not be blank", () -> BodyFields.string(o, "blank", true, 5));
        rejects("nul", "nul is required", () -> BodyFields.string(o, "nul", true, 5));
        rejects("a", "a must be at most 0 characters", () -> BodyFields.string(o, "a", false, 0));
        assertEquals("  x ", BodyFields.text(o, "a"));
        assertNull(BodyFields.text(o, "nul"));
        rejects("n", "n must be a string", () -> BodyFields.text(o, "n"));
        rejects("steps[0].name", "steps[0].name is required", () -> BodyFields.requiredText(o, "none", "steps[0].name"));
        rejects("steps[0].name", "steps[0].name must be a string", () -> BodyFields.requiredText(o, "n", "steps[0].name"));
        rejects("blank", "blank must not be blank", () -> BodyFields.nonBlankText(o, "blank", 5));
        rejects("a", "a must be at most 3 characters", () -> BodyFields.nonBlankText(o, "a", 3));
        assertEquals("1", BodyFields.textOr(o, "n", "d"));
        assertEquals("d", BodyFields.textOr(o, "nul", "d"));
    }

    @Test
    void booleansHaveTwoWordings() {
        JsonObject o = json("{'t':true,'s':'true','nul':null}");
        assertTrue(BodyFields.bool(o, "t"));
        assertNull(BodyFields.bool(o, "nul"));
        rejects("s", "s must be a boolean", () -> BodyFields.bool(o, "s"));
        rejects("s", "s must be true or false", () -> BodyFields.trueOrFalse(o, "s"));
        assertNull(BodyFields.trueOrFalse(o, "none"));
    }

    @Test
    void integersWithinBounds() {
        assertEquals(5, BodyFields.intIn(JsonText.parse("5"), "n", 1, 5));
        rejects("n", "n must be an integer", () -> BodyFields.intIn(JsonText.parse("1.5"), "n", 1, 5));
        rejects("n", "n must be between 1 and 5", () -> BodyFields.intIn(JsonText.parse("6"), "n", 1, 5));
    }
}
