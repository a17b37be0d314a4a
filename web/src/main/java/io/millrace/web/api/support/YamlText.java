package io.millrace.web.api.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Writes JSON as a YAML document (SnakeYAML Engine): block style, keys in the JSON's order, multi-line
 * strings (a step's code) as literal blocks where YAML allows it, and text that YAML would read as another
 * type (numbers, booleans, null) quoted, so that {@link RequestBodies#read} gives back the same JSON.
 */
public final class YamlText {
    /** The media type of YAML documents. */
    public static final String MEDIA_TYPE = "application/yaml";
    private static final DumpSettings SETTINGS = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2).setIndicatorIndent(2).setIndentWithIndicator(true).setSplitLines(false)
            .setNonPrintableStyle(NonPrintableStyle.ESCAPE).build();

    private YamlText() {
    }

    public static String write(JsonValue value) {
        return new Dump(SETTINGS, new Representer()).dumpToString(plain(value));
    }

    /** The JSON value as maps, lists, strings, numbers, booleans and null. */
    private static Object plain(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, plain(v)));
                return map;
            }
            case ARRAY: {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(v -> list.add(plain(v)));
                return list;
            }
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER: {
                JsonNumber n = (JsonNumber) value;
                if (n.isIntegral()) {
                    BigInteger big = n.bigIntegerValue();
                    return big.bitLength() < 64 ? (Object) big.longValue() : big;
                }
                return n.doubleValue();
            }
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** Strings with line breaks as literal blocks (the emitter falls back to quotes where a block cannot hold them). */
    private static final class Representer extends StandardRepresenter {
        Representer() {
            super(SETTINGS);
            representers.put(String.class, data -> {
                String s = (String) data;
                return representScalar(Tag.STR, s, s.indexOf('\n') >= 0 ? ScalarStyle.LITERAL : ScalarStyle.PLAIN);
            });
        }
    }
}
