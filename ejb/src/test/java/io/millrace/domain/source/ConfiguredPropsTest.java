package io.millrace.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import org.junit.jupiter.api.Test;

class ConfiguredPropsTest {
    private static final String RSS = """
            [{"name":"url","type":"string","label":"Feed URL","description":"Enter the URL for any public RSS feed."},
             {"name":"timer","type":"$.interface.timer","default":{"intervalSeconds":900}}]""";
    private static final String HTTP = """
            [{"name":"http","type":"$.interface.http","customResponse":true},
             {"name":"db","type":"$.service.db"},
             {"name":"count","type":"integer","min":1,"max":10,"optional":true},
             {"name":"mode","type":"string","options":["a",{"label":"B","value":"b"}],"default":"a"},
             {"name":"tags","type":"string[]","optional":true},
             {"name":"flag","type":"boolean","optional":true},
             {"name":"extra","type":"object","optional":true},
             {"name":"note","type":"alert","alertType":"info","content":"hi"},
             {"name":"github","type":"app","app":"github"}]""";

    private static ConfiguredProps.Configuration validate(String declared, String configured) {
        return ConfiguredProps.validate(declared, configured == null ? null : JsonText.parseObject(configured), "");
    }

    private static String field(String declared, String configured) {
        return assertThrows(InvalidInputException.class, () -> validate(declared, configured)).field();
    }

    @Test
    void theSeedsRssExample() {
        ConfiguredProps.Configuration c = validate(RSS,
                "{\"url\": \"https://rss.m.pipedream.net\", \"timer\": {\"intervalSeconds\": 60}}");
        assertEquals("{\"url\":\"https://rss.m.pipedream.net\",\"timer\":{\"cron\":null,\"interval_seconds\":60}}",
                c.displayJson());
        assertEquals("{\"url\":\"https://rss.m.pipedream.net\",\"timer\":{\"intervalSeconds\":60}}", c.runtimePropsJson());
        assertEquals("timer", c.timerProp());
        assertEquals(new TimerSpec(60, null), c.timer());
        assertNull(c.httpProp());
    }

    @Test
    void aTimerWithoutAConfiguredValueUsesTheDefault() {
        ConfiguredProps.Configuration c = validate(RSS, "{\"url\": \"http://x\"}");
        assertEquals(new TimerSpec(900, null), c.timer());
        assertTrue(c.displayJson().contains("\"interval_seconds\":900"));
    }

    @Test
    void requiredUnknownAndMistypedPropsAreNamed() {
        assertEquals("configured_props.url", field(RSS, "{}"));
        assertEquals("configured_props.url", field(RSS, null));
        assertEquals("configured_props.url", field(RSS, "{\"url\": 5}"));
        assertEquals("configured_props.feed", field(RSS, "{\"url\": \"http://x\", \"feed\": 1}"));
        assertEquals("configured_props.timer.intervalSeconds", field(RSS, "{\"url\": \"x\", \"timer\": {\"intervalSeconds\": -1}}"));
        assertEquals("configured_props.count", field(HTTP, "{\"count\": 11}"));
        assertEquals("configured_props.count", field(HTTP, "{\"count\": \"two\"}"));
        assertEquals("configured_props.mode", field(HTTP, "{\"mode\": \"c\"}"));
        assertEquals("configured_props.tags[1]", field(HTTP, "{\"tags\": [\"a\", 2]}"));
        assertEquals("configured_props.tags", field(HTTP, "{\"tags\": \"a\"}"));
        assertEquals("configured_props.flag", field(HTTP, "{\"flag\": \"yes\"}"));
        assertEquals("configured_props.extra", field(HTTP, "{\"extra\": []}"));
    }

    @Test
    void interfaceServiceAlertAndAppPropsNeedNoValue() {
        ConfiguredProps.Configuration c = validate(HTTP, "{\"count\": \"3\", \"mode\": \"b\", \"flag\": \"true\"}");
        assertEquals("http", c.httpProp());
        assertTrue(c.customResponse());
        assertNull(c.timer());
        assertEquals("{\"count\":\"3\",\"mode\":\"b\",\"flag\":\"true\"}", c.runtimePropsJson());
        assertEquals(c.runtimePropsJson(), c.displayJson());
    }

    @Test
    void customResponseComesFromThePropOrElseFromTheCode() {
        String declared = "[{\"name\":\"http\",\"type\":\"$.interface.http\"}]";
        assertFalse(ConfiguredProps.validate(declared, null, "export default { props: { http: "
                + "{ type: '$.interface.http' } } }").customResponse());
        assertTrue(ConfiguredProps.validate(declared, null, "props: { http: { type: '$.interface.http', "
                + "customResponse: true } }").customResponse());
        assertFalse(ConfiguredProps.validate("[{\"name\":\"http\",\"type\":\"$.interface.http\",\"customResponse\":false}]",
                null, "customResponse: true").customResponse());
    }

    @Test
    void aSecondTimerIsRefused() {
        String two = "[{\"name\":\"a\",\"type\":\"$.interface.timer\",\"default\":{\"intervalSeconds\":5}},"
                + "{\"name\":\"b\",\"type\":\"$.interface.timer\",\"default\":{\"intervalSeconds\":5}}]";
        assertEquals("configured_props.b", field(two, "{}"));
    }
}
