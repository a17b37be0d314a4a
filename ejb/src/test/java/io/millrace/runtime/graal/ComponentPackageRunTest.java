package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.ComponentInfo;
import io.millrace.runtime.ComponentPackage;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepSyntaxException;

/** Component packages: several files, one entry, relative imports resolved inside the package. */
class ComponentPackageRunTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;

    private static final String APP = """
            export default {
              type: "app",
              app: "demo",
              propDefinitions: { name: { type: "string", label: "Name" } },
              methods: {
                greet(name) { return "hello " + name; },
              },
            };
            """;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        runtime.close();
        scheduler.shutdownNow();
    }

    private static String pkg(String entry, Map<String, String> files) {
        return ComponentPackage.of(entry, files).encode();
    }

    @Test
    void actionImportsItsAppCommonFilesCommonJsAndJson() {
        String code = pkg("actions/hello/hello.mjs", Map.of(
                "demo.app.mjs", APP,
                "common/constants.mjs", "export const PREFIX = '>';\nexport default { n: 1 };\n",
                "common/util.js", "const data = require('./data.json');\nexports.twice = s => s + s + data.x;\n",
                "common/data.json", "{\"x\": \"!\"}",
                "common/index.mjs", "export { PREFIX } from './constants';\n",
                "actions/hello/hello.mjs", """
                        import app from "../../demo.app.mjs";
                        import { PREFIX } from "../../common";
                        import constants from "../../common/constants.mjs";
                        import { twice } from "../../common/util.js";
                        import data from "../../common/data.json" with { type: "json" };
                        export default {
                          key: "demo-hello", name: "Hello", version: "0.0.1", type: "action",
                          props: { app },
                          async run() { return [PREFIX, constants.n, twice("a"), data.x, app.methods.greet("x")]; },
                        };
                        """));
        runtime.validate("hello", code);
        StepOutcome outcome = StepTesting.run(runtime, code);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("[\">\",1,\"aa!\",\"!\",\"hello x\"]", outcome.returnValueJson());
    }

    @Test
    void cyclesOfImportsWorkAsInNode() {
        String code = pkg("a.mjs", Map.of(
                "a.mjs", "import { b } from './b.mjs';\nexport const a = () => 'a';\nexport default { run() { return a() + b(); } };\n",
                "b.mjs", "import { a } from './a.mjs';\nexport const b = () => 'b' + a();\n"));
        StepOutcome outcome = StepTesting.run(runtime, code);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("\"aba\"", outcome.returnValueJson());
    }

    @Test
    void commonJsEntryRequiresItsFiles() {
        String code = pkg("index.js", Map.of(
                "index.js", "const { f } = require('./lib');\nmodule.exports = { run() { return f(); } };\n",
                "lib/index.js", "module.exports.f = () => 42;\n"));
        StepOutcome outcome = StepTesting.run(runtime, code);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("42", outcome.returnValueJson());
    }

    @Test
    void commonJsRequiresAnEsModuleAsNodeDoes() {
        String code = pkg("index.js", Map.of(
                "index.js", "const { answer } = require('./lib/esm.mjs');\nconst helper = require('./lib/helper');\n"
                        + "module.exports = { run() { return [answer, helper()]; } };\n",
                "lib/helper.js", "const esm = require('./esm.mjs');\nmodule.exports = () => esm.default + 1;\n",
                "lib/esm.mjs", "export const answer = 42;\nexport default 10;\n"));
        runtime.validate("cjs", code);
        StepOutcome outcome = StepTesting.run(runtime, code);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals("[42,11]", outcome.returnValueJson());
    }

    @Test
    void describesAPackageComponent() {
        String code = pkg("sources/s/s.mjs", Map.of("demo.app.mjs", APP, "sources/s/s.mjs", """
                import app from "../../demo.app.mjs";
                export default { key: "demo-s", name: "S", version: "0.1.0", type: "source", dedupe: "unique",
                  props: { app, timer: { type: "$.interface.timer", default: { intervalSeconds: 60 } } },
                  async run() { this.$emit({ ok: true }, { id: "1" }); } };
                """));
        ComponentInfo info = new GraalComponentRuntime(runtime).describe(code);
        assertEquals("demo-s", info.key());
        assertEquals("source", info.type());
    }

    @Test
    void twoPackagesInOneSessionKeepTheirOwnFiles() {
        String one = pkg("a.mjs", Map.of("a.mjs", "import v from './v.mjs';\nexport default { run() { return v; } };",
                "v.mjs", "export default 1;"));
        String two = pkg("a.mjs", Map.of("a.mjs", "import v from './v.mjs';\nexport default { run() { return v; } };",
                "v.mjs", "export default 2;"));
        try (var session = runtime.session()) {
            assertEquals("1", session.run(StepTesting.invocation(one, java.time.Instant.now().plusSeconds(20)), io.millrace.runtime.StepListener.NONE).returnValueJson());
            assertEquals("2", session.run(StepTesting.invocation(two, java.time.Instant.now().plusSeconds(20)), io.millrace.runtime.StepListener.NONE).returnValueJson());
        }
    }

    @Test
    void anErrorNamesTheFileItIsIn() {
        String code = pkg("a.mjs", Map.of("a.mjs", "import { boom } from './lib/b.mjs';\nexport default { run() { return boom(); } };",
                "lib/b.mjs", "export function boom() {\n  throw new Error('bang');\n}\n"));
        StepOutcome outcome = StepTesting.run(runtime, code);
        assertEquals("bang", outcome.error().message());
        assertTrue(outcome.error().stack().contains("lib/b.mjs"), outcome.error().stack());
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() {
        String code = pkg("a.mjs", Map.of("a.mjs", "import { boom } from './lib/b.mjs';\nexport default { run() { return boom(); } };",
                "lib/b.mjs", "export function boom() {\n  return 1 +;\n}\n"));
        StepSyntaxException e = assertThrows(StepSyntaxException.class, () -> runtime.validate("a", code));
        assertTrue(e.getMessage().startsWith("in lib/b.mjs at line 2"), e.getMessage());
    }

    @Test
    void missingFileIsASyntaxErrorAtValidation() {
        String code = pkg("a.mjs", Map.of("a.mjs", "import x from './nope.mjs';\nexport default { run() { return x; } };"));
        assertThrows(StepSyntaxException.class, () -> runtime.validate("a", code));
    }
}
