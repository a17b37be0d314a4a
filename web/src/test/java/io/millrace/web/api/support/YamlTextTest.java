package io.millrace.web.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What YamlText writes reads back (as RequestBodies reads YAML bodies) as the same JSON. */
class YamlTextTest {
    private static final List<String> TRICKY = List.of("123", "1.5", "true", "no", "null", "~", "", " leading",
            "trailing ", "a: b", "#not a comment", "- item", "'quoted'", "\"double\"", "tab\there", "bell\u0007",
            "Café – 日本語 😀", "export default defineComponent({\n  async run({ steps, $ }) {\n    return 1\n  },\n})\n",
            "no final newline\n  indented", "trailing spaces   \nnext", "\n\nleading blank lines", "ends with blanks\n\n\n",
            "windows\r\nline", "0x1F", "2024-01-01", "@at", "%percent", "{flow}", "[seq]", "*alias", "&anchor", "!tag");

    @Test
    void everyKindOfValueReadsBackEqual() {
        JsonArrayBuilder strings = Jsonp.createArrayBuilder();
        TRICKY.forEach(strings::add);
        JsonObject doc = Jsonp.createObjectBuilder()
                .add("name", "w").add("active", true).add("none", JsonValue.NULL)
                .add("numbers", Jsonp.createArrayBuilder().add(0).add(-7).add(9007199254740993L).add(0.5)
                        .add(new java.math.BigInteger("123456789012345678901234567890")))
                .add("strings", strings)
                .add("nested", Jsonp.createObjectBuilder().add("empty_object", JsonValue.EMPTY_JSON_OBJECT)
                        .add("empty_array", JsonValue.EMPTY_JSON_ARRAY).add("yes", "yes"))
                .build();
        String yaml = YamlText.write(doc);
        assertEquals(doc, RequestBodies.read("application/yaml", yaml), yaml);
    }

    @Test
    void codeIsALiteralBlockAndKeysKeepTheirOrder() {
        JsonObject doc = Jsonp.createObjectBuilder().add("name", "w").add("steps", Jsonp.createArrayBuilder()
                .add(Jsonp.createObjectBuilder().add("name", "a").add("code", "line one\nline two\n"))).build();
        String yaml = YamlText.write(doc);
        assertTrue(yaml.startsWith("name: w\nsteps:\n"), yaml);
        assertTrue(yaml.contains("code: |\n      line one\n      line two\n"), yaml);
    }
}
