package io.millrace.application.connect;

import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PropOptionsTest {
    @Test
    void stringsBecomeLabelValueOptionsAndStringOptions() {
        JsonObject out = PropOptions.asConnect(JsonText.parseObject("{\"options\":[\"a\",\"b\"],\"errors\":[]}"));
        assertEquals(JsonText.parse("[{\"label\":\"a\",\"value\":\"a\"},{\"label\":\"b\",\"value\":\"b\"}]"), out.get("options"));
        assertEquals(JsonText.parse("[\"a\",\"b\"]"), out.get("stringOptions"));
        assertEquals(JsonText.parse("[]"), out.get("errors"));
    }

    @Test
    void objectsKeepLabelAndScalarValueAndNumbersTheirValue() {
        JsonObject out = PropOptions.asConnect(JsonText.parseObject(
                "{\"options\":[{\"label\":\"One\",\"value\":1},{\"label\":\"Obj\",\"value\":{\"x\":1}},2]}"));
        assertEquals(JsonText.parse("[{\"label\":\"One\",\"value\":1},{\"label\":\"Obj\",\"value\":\"{\\\"x\\\":1}\"},"
                + "{\"label\":\"2\",\"value\":2}]"), out.get("options"));
        assertEquals(JsonText.parse("null"), out.get("stringOptions"));
    }

    @Test
    void anAnswerWithoutOptionsIsLeftAsItIs() {
        JsonObject in = JsonText.parseObject("{\"options\":null,\"errors\":[\"TypeError: x\"]}");
        assertEquals(in, PropOptions.asConnect(in));
    }
}
