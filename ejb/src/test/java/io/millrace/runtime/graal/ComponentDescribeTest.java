package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.ComponentInfo;
import io.millrace.runtime.StepSyntaxException;

/** {@link GraalComponentRuntime#describe}: what a component module declares, and invalid components. */
class ComponentDescribeTest {

    static final String RSS = """
            const rss = {
              type: "app",
              app: "rss",
              propDefinitions: { urlDef: { type: "string", label: "Feed URL", description: "Enter the URL for any public RSS feed." } },
              methods: { hello() { return 1 } },
            };
            export default {
              key: "rss-new-item-in-feed",
              name: "New Item in Feed",
              version: "0.0.1",
              description: "Emit new items from an RSS feed",
              dedupe: "unique",
              props: {
                rss,
                url: { propDefinition: [rss, "urlDef"] },
                timer: { type: "$.interface.timer", default: { intervalSeconds: 900 } },
              },
              methods: { itemKey(item) { return item.guid }, notAMethod: 3 },
              hooks: { async deploy() {}, async activate() {}, other() {} },
              async run() {},
            };
            """;

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime steps;
    private static GraalComponentRuntime components;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        steps = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS);
        components = new GraalComponentRuntime(steps);
    }

    @AfterAll
    static void stop() {
        steps.close();
        scheduler.shutdownNow();
    }

    @Test
    void everyFieldOfTheRssExample() {
        ComponentInfo info = components.describe(RSS);
        assertEquals("rss-new-item-in-feed", info.key());
        assertEquals("New Item in Feed", info.name());
        assertEquals("source", info.type());
        assertEquals("0.0.1", info.version());
        assertEquals("Emit new items from an RSS feed", info.description());
        assertEquals("unique", info.dedupe());
        assertEquals("[{\"name\":\"rss\",\"type\":\"app\",\"app\":\"rss\"},"
                + "{\"name\":\"url\",\"type\":\"string\",\"label\":\"Feed URL\",\"description\":\"Enter the URL for any public RSS feed.\"},"
                + "{\"name\":\"timer\",\"type\":\"$.interface.timer\",\"default\":{\"intervalSeconds\":900}}]",
                info.configurablePropsJson());
        assertEquals(List.of("deploy", "activate"), info.hooks());
        assertEquals(List.of("itemKey"), info.methods());
        assertEquals(Map.of(), info.packages());
    }

    @Test
    void propFieldsServicesInterfacesAndDynamicOptions() {
        ComponentInfo info = components.describe("""
                export default defineComponent({
                  props: {
                    db: "$.service.db",
                    http: { type: "$.interface.http", customResponse: true },
                    n: { type: "integer", label: "N", optional: true, default: 5, min: 1, max: 10 },
                    color: { type: "string", options: ["red", { label: "Blue", value: "blue" }] },
                    remote: { type: "string", async options() { return [] } },
                    key: { type: "string", secret: true },
                    tags: { type: "string[]" },
                    store: { type: "data_store" },
                    request: { type: "http_request", default: { method: "GET", url: "https://example.com" } },
                    note: { type: "alert", alertType: "info", content: "Read me" },
                  },
                  run() {},
                })""");
        assertEquals("source", info.type()); // an interface prop makes it a source
        assertNull(info.key());
        assertNull(info.dedupe());
        assertEquals("[{\"name\":\"db\",\"type\":\"$.service.db\"},"
                + "{\"name\":\"http\",\"type\":\"$.interface.http\",\"customResponse\":true},"
                + "{\"name\":\"n\",\"type\":\"integer\",\"label\":\"N\",\"optional\":true,\"default\":5,\"min\":1,\"max\":10},"
                + "{\"name\":\"color\",\"type\":\"string\",\"options\":[\"red\",{\"label\":\"Blue\",\"value\":\"blue\"}]},"
                + "{\"name\":\"remote\",\"type\":\"string\",\"remoteOptions\":true},"
                + "{\"name\":\"key\",\"type\":\"string\",\"secret\":true},"
                + "{\"name\":\"tags\",\"type\":\"string[]\"},"
                + "{\"name\":\"store\",\"type\":\"data_store\"},"
                + "{\"name\":\"request\",\"type\":\"http_request\",\"default\":{\"method\":\"GET\",\"url\":\"https://example.com\"}},"
                + "{\"name\":\"note\",\"type\":\"alert\",\"alertType\":\"info\",\"content\":\"Read me\"}]",
                info.configurablePropsJson());
    }

    @Test
    void typeIsExplicitOrInferred() {
        assertEquals("action", components.describe("export default { type: 'action', run() {} }").type());
        assertEquals("source", components.describe("export default { type: 'source', run() {} }").type());
        assertEquals("action", components.describe("export default defineComponent({ props: { a: { type: 'string' } }, run() {} })").type());
        assertEquals("source", components.describe("export default { dedupe: 'greatest', run() {} }").type());
        assertEquals("source", components.describe("export default { hooks: { activate() {} }, run() {} }").type());
        assertEquals("[]", components.describe("module.exports = { name: 'cjs', run() {} }").configurablePropsJson());
        assertEquals("cjs", components.describe("module.exports = { name: 'cjs', run() {} }").name());
    }

    @Test
    void invalidComponentsAreRejectedWithALocation() {
        assertInvalid("export default { name: 'x' }", "run");
        assertInvalid("export default { type: 'trigger', run() {} }", "\"type\" must be \"source\" or \"action\"");
        assertInvalid("export default { dedupe: 'first', run() {} }", "\"dedupe\" must be one of unique, greatest, last");
        assertInvalid("export default { props: { a: { type: 'strung' } }, run() {} }", "prop \"a\" has an unknown type 'strung'");
        assertInvalid("export default { props: { db: '$.service.cache' }, run() {} }", "prop \"db\" has an unknown type");
        assertInvalid("export default { props: { gh: { type: 'app' } }, run() {} }", "app prop \"gh\" must name its app");
        assertInvalid("export default { name: 42, run() {} }", "\"name\" must be a string");
        assertInvalid("const x = 1;", "must export a component");

        StepSyntaxException syntax = assertThrows(StepSyntaxException.class,
                () -> components.describe("export default {\n  run() { return 1 +; }\n}"));
        assertEquals(2, syntax.line());
        assertTrue(syntax.column() > 1, "column " + syntax.column());

        StepSyntaxException thrown = assertThrows(StepSyntaxException.class,
                () -> components.describe("const a = 1;\nthrow new Error('boom');\nexport default { run() {} }"));
        assertEquals(2, thrown.line());
        assertTrue(thrown.getMessage().contains("boom"), thrown.getMessage());
    }

    private static void assertInvalid(String code, String expected) {
        StepSyntaxException e = assertThrows(StepSyntaxException.class, () -> components.describe(code));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.line());
        assertEquals(1, e.column());
    }
}
