package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static io.millrace.runtime.graal.StepTesting.messages;
import static io.millrace.runtime.graal.StepTesting.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.runtime.graal.modules.BuiltinModules;
import io.millrace.runtime.graal.modules.Packages;

/** ES module and CommonJS steps, and what they can import or require. */
class StepModuleFormsTest {

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;

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

    private static StepOutcome run(String code) {
        return StepTesting.run(runtime, code);
    }

    @Test
    void plainObjectDefaultExport() {
        assertEquals("1", run("export default { run() { return 1 } }").returnValueJson());
    }

    @Test
    void commonJsStepIsAScriptWithModuleExportsAndRequire() {
        StepOutcome outcome = run("""
                const crypto = require("crypto");
                const { Buffer } = require("node:buffer");
                var counter = 1;
                module.exports = defineComponent({
                  run() { return [typeof require, typeof module, this === undefined, counter, globalThis.counter,
                                  crypto.createHash("sha1").update(Buffer.from("abc")).digest("hex")] }
                });""");
        assertNull(outcome.error());
        // a script's top-level var becomes a global, as in a classic script
        assertEquals("[\"function\",\"object\",false,1,1,\"a9993e364706816aba3e25717850c26c9cd0d89d\"]",
                outcome.returnValueJson());
        assertEquals("2", run("exports.run = () => 2").returnValueJson());
    }

    @Test
    void moduleStepHasNoRequireOrModule() {
        assertEquals("[\"undefined\",\"undefined\",\"undefined\"]",
                value(runtime, "[typeof require, typeof module, typeof exports]"));
    }

    @Test
    void requireInAnEsModuleIsNotDefined() {
        StepOutcome outcome = run("import crypto from 'crypto';\n"
                + component("run() { const axios = require('axios'); return 1 }"));
        assertEquals("ReferenceError", outcome.error().name());
        assertEquals("require is not defined", outcome.error().message());
        StepSyntaxException e = assertThrows(StepSyntaxException.class, () -> runtime.validate("mixed",
                "import crypto from 'crypto';\nconst axios = require('axios');\n" + component("run() {}")));
        assertTrue(e.getMessage().contains("require is not defined"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void builtinModulesCanBeImported() {
        String imports = """
                import crypto, { createHmac } from "crypto";
                import { Buffer as B } from "buffer";
                import { URL as U, URLSearchParams } from "node:url";
                import util from "util";
                import { setTimeout as sleep } from "timers/promises";
                import { ConfigurationError } from "@pipedream/platform";""";
        assertEquals("[true,true,true,\"74\",\"a=1\",\"x 2\",\"ConfigurationError\",\"done\"]", value(runtime, imports,
                "[B === Buffer, U === URL, crypto === globalThis.crypto, createHmac('md5', '').digest('hex').slice(0, 2),"
                        + " new URLSearchParams({ a: 1 }).toString(), util.format('%s %d', 'x', 2),"
                        + " new ConfigurationError('bad').name, await sleep(1, 'done')]"));
        assertEquals("\"function\"", value(runtime, "typeof (await import('node:crypto')).createHash"));
    }

    @Test
    void npmPackagesAndMissingCoreModulesFailNamingTheModule() {
        StepOutcome npm = run("import leftPad from 'left-pad';\n" + component("run() {}"));
        assertEquals("Cannot find module 'left-pad' imported from my_step: npm packages are not available in Millrace code steps",
                npm.error().message());
        StepOutcome core = run("import { start } from 'repl';\n" + component("run() {}"));
        assertTrue(core.error().message().startsWith("Cannot find module 'repl' imported from my_step: "
                + "the Node.js module 'repl' is not available"), core.error().message());
        StepOutcome path = run("import x from '../../etc/passwd';\n" + component("run() {}"));
        assertEquals("Cannot find module '../../etc/passwd' imported from my_step", path.error().message());
        StepOutcome dynamic = run(component("async run() { await import('inspector') }"));
        assertTrue(dynamic.error().message().contains("the Node.js module 'inspector' is not available"), dynamic.error().message());
        StepSyntaxException e = assertThrows(StepSyntaxException.class,
                () -> runtime.validate("npm", "import axios from 'axios@0.19.2';\n" + component("run() {}")));
        assertTrue(e.getMessage().contains("Cannot find module 'axios@0.19.2'"), e.getMessage());
    }

    @Test
    void requireOfMissingModulesThrowsModuleNotFound() {
        StepOutcome outcome = run("""
                module.exports = { run() {
                  for (const id of ["left-pad", "node:wasi", "./helper"]) {
                    try { require(id) } catch (e) { console.log(e.code + " " + e.message) }
                  }
                } }""");
        assertNull(outcome.error());
        assertEquals(List.of(
                "MODULE_NOT_FOUND Cannot find module 'left-pad': npm packages are not available in Millrace code steps",
                "MODULE_NOT_FOUND Cannot find module 'node:wasi': the Node.js module 'wasi' is not available in Millrace code steps",
                "MODULE_NOT_FOUND Cannot find module './helper'"), messages(outcome));
    }

    @Test
    void commonJsWithoutAComponentIsRejected() {
        StepSyntaxException e = assertThrows(StepSyntaxException.class,
                () -> runtime.validate("cjs", "const x = require('util');"));
        assertTrue(e.getMessage().contains("module.exports"), e.getMessage());
    }

    @Test
    void commonJsSyntaxErrorsAreReported() {
        StepSyntaxException e = assertThrows(StepSyntaxException.class,
                () -> runtime.validate("cjs", "module.exports = {\n  run() { return ) }\n}"));
        assertEquals(2, e.line());
    }

    @Test
    void builtinModuleFileSystemServesOnlyBuiltinsByName() throws Exception {
        BuiltinModules fs = new BuiltinModules(() -> Packages.NONE);
        assertEquals("crypto", BuiltinModules.nameOf(fs.parsePath("crypto")));
        assertEquals("timers/promises", BuiltinModules.nameOf(fs.parsePath(java.net.URI.create("node:timers/promises"))));
        for (String refused : List.of("./crypto", "crypto/../crypto", "/etc/passwd", "../builtin/crypto", "wasi", "left-pad")) {
            assertThrows(java.nio.file.NoSuchFileException.class, () -> BuiltinModules.nameOf(fs.parsePath(refused)), refused);
        }
        assertThrows(UnsupportedOperationException.class, () -> fs.parsePath(java.net.URI.create("file:///etc/passwd")));
    }
}
