package io.millrace.web.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyParserTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonBecomesAValue() {
        assertEquals(Json.createObjectBuilder().add("a", 1).build(),
                BodyParser.parse("application/json; charset=utf-8", utf8("{\"a\":1}")));
        assertEquals(Json.createArrayBuilder().add(true).build(),
                BodyParser.parse("application/vnd.api+json", utf8("[true]")));
    }

    @Test
    void brokenJsonIsKeptAsText() {
        assertEquals(Json.createValue("{nope"), BodyParser.parse("application/json", utf8("{nope")));
    }

    @Test
    void formsBecomeObjectsWithDecodedFields() {
        assertEquals(Json.createObjectBuilder().add("name", "Leia Organa").add("title", "General").add("x", "").build(),
                BodyParser.parse("application/x-www-form-urlencoded", utf8("name=Leia+Organa&title=General&x")));
    }

    @Test
    void otherTypesAreStringsInTheirCharset() {
        assertEquals(Json.createValue("héllo"), BodyParser.parse("text/plain; charset=ISO-8859-1",
                "héllo".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Json.createValue("<a/>"), BodyParser.parse(null, utf8("<a/>")));
    }

    @Test
    void aPercentThatStartsNoEscapeStaysAsItIs() {
        assertEquals(Json.createObjectBuilder().add("x", "%").add("y", "100%").add("z", "%zz%4").add("ok", "a/b").build(),
                BodyParser.form("x=%&y=100%25&y=100%&z=%zz%4&ok=a%2Fb", StandardCharsets.UTF_8));
        assertEquals(Json.createObjectBuilder().add("%", "%").build(),
                BodyParser.parse("application/x-www-form-urlencoded", utf8("%=%")));
    }
}
