package io.millrace.web.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.InvalidInputException;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {
    @Test
    void yamlBecomesTheSameJsonAsTheJsonForm() {
        String yaml = """
                name: from-yaml
                active: false
                triggers:
                  - type: http
                steps:
                  - name: greet
                    props: {n: 3, ratio: 0.5, tags: [a, b], none: null}
                    code: |
                      export default defineComponent({ async run() { return 1 } })
                settings:
                  timeout_seconds: 10
                """;
        JsonObject o = RequestBodies.read("application/yaml", yaml).asJsonObject();
        assertEquals("from-yaml", o.getString("name"));
        assertEquals(false, o.getBoolean("active"));
        assertEquals("http", o.getJsonArray("triggers").getJsonObject(0).getString("type"));
        JsonObject props = o.getJsonArray("steps").getJsonObject(0).getJsonObject("props");
        assertEquals(3, props.getInt("n"));
        assertEquals(0.5, props.getJsonNumber("ratio").doubleValue());
        assertEquals("b", props.getJsonArray("tags").getString(1));
        assertTrue(props.isNull("none"));
        assertTrue(o.getJsonArray("steps").getJsonObject(0).getString("code").startsWith("export default"));
        assertEquals(10, o.getJsonObject("settings").getInt("timeout_seconds"));
    }

    @Test
    void badYamlAndDuplicateKeysAreClientErrors() {
        assertThrows(InvalidInputException.class, () -> RequestBodies.read("text/yaml", "name: [unclosed"));
        assertThrows(InvalidInputException.class, () -> RequestBodies.read("application/x-yaml", "a: 1\na: 2\n"));
    }

    @Test
    void otherTypesAreJson() {
        assertEquals("x", RequestBodies.read(null, "{\"name\":\"x\"}").asJsonObject().getString("name"));
        assertThrows(InvalidInputException.class, () -> RequestBodies.read("application/json", " "));
    }

    @Test
    void yamlNestedBeyondTheLimitIsAClientErrorNotAStackOverflow() {
        String flow = "steps: " + "[".repeat(2000) + "]".repeat(2000);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RequestBodies.read("application/yaml", flow));
        assertTrue(e.getMessage().contains("64 levels"), e.getMessage());
        StringBuilder block = new StringBuilder("a:");
        for (int i = 1; i <= 2000; i++) {
            block.append('\n').append("  ".repeat(i)).append("b:");
        }
        assertThrows(InvalidInputException.class, () -> RequestBodies.read("application/yaml", block + " 1"));
        String deepest = "[".repeat(RequestBodies.MAX_YAML_DEPTH) + "]".repeat(RequestBodies.MAX_YAML_DEPTH);
        assertEquals(1, RequestBodies.read("application/yaml", deepest).asJsonArray().size());
    }

    @Test
    void aliasesCannotNestDeeperOrExpandWithoutBound() {
        StringBuilder chain = new StringBuilder("a0: &a0 [1]\n");
        for (int i = 1; i <= 40; i++) {
            chain.append("a").append(i).append(": &a").append(i).append(" [[[*a").append(i - 1).append("]]]\n");
        }
        assertThrows(InvalidInputException.class, () -> RequestBodies.read("application/yaml", chain.toString()));
        assertThrows(InvalidInputException.class, () -> RequestBodies.read("application/yaml", "a: &a [*a]"));
        StringBuilder laughs = new StringBuilder("l0: &l0 [" + "x,".repeat(999) + "x]\n");
        laughs.append("l1: &l1 [").append("*l0,".repeat(49)).append("*l0]\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RequestBodies.read("application/yaml", laughs.toString()));
        assertTrue(e.getMessage().contains("too many values"), e.getMessage());
    }

    @Test
    void yamlNumbersWithoutAJsonFormAreClientErrors() {
        assertThrows(InvalidInputException.class, () -> RequestBodies.read("application/yaml", "n: .nan"));
        assertThrows(InvalidInputException.class, () -> RequestBodies.read("application/yaml", "n: -.inf"));
    }

    @Test
    void largeYamlDocumentsAreRead() {
        String line = "x".repeat(99) + "\n";
        String code = line.repeat(35_000);
        assertEquals(code, RequestBodies.read("application/yaml", "code: |\n  " + line.repeat(35_000).replace("\n",
                "\n  ").stripTrailing() + "\n").asJsonObject().getString("code"));
    }
}
