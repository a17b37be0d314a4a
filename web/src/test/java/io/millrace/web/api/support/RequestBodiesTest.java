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
}
