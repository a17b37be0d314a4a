package io.millrace.runtime.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.runtime.graal.GraalStepRuntime;
import io.millrace.runtime.graal.RuntimeOptions;

class NpmPackagesTest {

    static final String STEPS = "{\"trigger\":{\"event\":{},\"context\":{}}}";

    @TempDir
    static Path cacheDir;
    static TestRegistry registry;
    static PackageResolver resolver;
    static ScheduledExecutorService scheduler;
    static GraalStepRuntime runtime;

    @BeforeAll
    static void start() throws Exception {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        registry = new TestRegistry();
        registry.publish("repeat-str", "2.0.0", "", "index.js", "module.exports = (c, n) => 'old';")
                .publish("repeat-str", "2.1.0", "", "index.js", "module.exports = function repeat(c, n) { return c.repeat(Math.max(0, n)); };")
                .publish("repeat-str", "3.0.0", "", "index.js", "module.exports = () => 'v3';")
                .publish("leftpad-cjs", "1.0.0", "\"main\":\"lib/main\",\"dependencies\":{\"repeat-str\":\"^2.0.0\"}",
                        "lib/main.js", "const repeat = require('repeat-str');\nconst { twice } = require('./util');\n"
                                + "exports.pad = (s, n) => repeat(' ', n - s.length) + s;\nexports.twice = twice;\n"
                                + "exports.version = require('../package.json').version;\nexports.hash = require('crypto').createHash('sha1').update('a').digest('hex').slice(0, 6);\n",
                        "lib/util/index.js", "module.exports.twice = s => s + s;")
                .publish("esm-greet", "1.0.0", "\"type\":\"module\",\"exports\":{\".\":{\"import\":\"./src/index.js\",\"require\":\"./cjs.cjs\"}}",
                        "src/index.js", "import { suffix } from './suffix.js';\nexport const greet = n => 'hi ' + n + suffix;\nexport default greet;\n",
                        "src/suffix.js", "export const suffix = '!';\n",
                        "cjs.cjs", "module.exports = { greet: n => 'cjs ' + n };")
                .publish("multi", "1.0.0", "", "index.js", "module.exports = { v: '1.0.0' };")
                .publish("multi", "1.1.0", "", "index.js", "module.exports = { v: '1.1.0' };")
                .publish("multi", "1.2.0", "", "index.js", "module.exports = { v: '1.2.0' };")
                .publish("multi", "2.0.0", "", "index.js", "module.exports = { v: '2.0.0' };")
                .publish("native-thing", "1.0.0", "", "binding.gyp", "{}", "index.js", "module.exports = 1;")
                .publish("gyp-flag", "1.0.0", "\"gypfile\":true", "index.js", "module.exports = 1;")
                .publish("uses-net", "1.0.0", "", "index.js", "const net = require('node:repl');\nmodule.exports = net;")
                .publish("with-config", "1.0.0", "\"main\":\"lib/index.js\"", "lib/index.js",
                        "module.exports = require('./util');", "lib/util.js", "module.exports = 7;",
                        "webpack.config.js", "const path = require('path');\nmodule.exports = { entry: path.join('a') };",
                        "bin/cli.js", "require('child_process').execSync('x');")
                .publish("builds-addon", "1.0.0", "\"scripts\":{\"install\":\"node-gyp rebuild\"}", "index.js", "module.exports = 1;")
                .publish("chatty-postinstall", "1.0.0", "\"scripts\":{\"postinstall\":\"node -e \\\"console.log('thanks')\\\"\"}",
                        "index.js", "module.exports = 2;")
                .publish("rstream", "2.3.8", "", "index.js", "module.exports = 'rstream 2';")
                .publish("rstream", "3.6.0", "", "index.js", "module.exports = 'rstream 3';")
                .publish("old-cjs-user", "1.0.0", "\"dependencies\":{\"rstream\":\"^2.3.7\"}", "index.js",
                        "module.exports = () => 'old uses ' + require('rstream');")
                .publish("old-esm-user", "1.0.0", "\"type\":\"module\",\"main\":\"index.js\",\"dependencies\":{\"rstream\":\"^2.0.0\"}",
                        "index.js", "import r from 'rstream';\nexport default () => 'esm uses ' + r;")
                .publish("esm-only", "1.0.0", "\"type\":\"module\",\"main\":\"index.js\"", "index.js",
                        "export const x = 1;\nexport default 'esm';")
                .publish("esm-with-cjs", "1.0.0", "\"type\":\"module\",\"main\":\"index.js\"", "index.js",
                        "import './polyfill.cjs';\nimport helper, { named } from './helper.cjs';\n"
                                + "export default () => [helper.x, named, globalThis.polyfilled];",
                        "polyfill.cjs", "if (!globalThis.polyfilled) { globalThis.polyfilled = require('node:path').join('a', 'b'); }",
                        "helper.cjs", "module.exports = { x: 1 };\nmodule.exports.named = 2;")
                .publish("dual-lib", "1.0.0", "\"main\":\"lib/index.js\",\"exports\":{\".\":{\"import\":\"./lib/esm/index.js\",\"require\":\"./lib/index.js\"}}",
                        "lib/index.js", "var s = require('./stringify.js');\nObject.keys(s).forEach(function (k) { exports[k] = s[k]; });",
                        "lib/stringify.js", "module.exports = { textContent: n => 'cjs ' + n };",
                        "lib/esm/package.json", "{\"type\":\"module\"}",
                        "lib/esm/index.js", "export * from './stringify.js';",
                        "lib/esm/stringify.js", "export const textContent = n => 'esm ' + n;")
                .publish("ts-reexports", "1.0.0", "\"main\":\"lib/cjs/index.js\",\"module\":\"lib/es/index.js\"",
                        "lib/cjs/index.js", "var __exportStar = function (m, e) { for (var p in m) e[p] = m[p]; };\n"
                                + "__exportStar(require(\"./types\"), exports);\nexports.own = 1;",
                        "lib/cjs/types.js", "exports.AttributeAction = void 0;\nexports.AttributeAction = { Any: 'any' };",
                        "lib/es/index.js", "export const own = 2;")
                .publish("@acme/tool", "0.3.1", "\"module\":\"esm.mjs\"", "esm.mjs", "export default { tool: true };");
        resolver = new PackageResolver(new NpmRegistry(registry.base()), new PackageCache(cacheDir));
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withPackages(resolver));
    }

    @AfterAll
    static void stop() {
        runtime.close();
        registry.close();
        scheduler.shutdownNow();
    }

    @Test
    void semverRanges() {
        assertTrue(Semver.satisfies("1.2.3", "1.2.3"));
        assertTrue(Semver.satisfies("1.9.0", "^1.2.0"));
        assertFalse(Semver.satisfies("2.0.0", "^1.2.0"));
        assertTrue(Semver.satisfies("0.2.5", "^0.2.1"));
        assertFalse(Semver.satisfies("0.3.0", "^0.2.1"));
        assertTrue(Semver.satisfies("1.2.9", "~1.2.3"));
        assertFalse(Semver.satisfies("1.3.0", "~1.2.3"));
        assertTrue(Semver.satisfies("1.5.0", ">=1.2.0 <2"));
        assertFalse(Semver.satisfies("2.0.0", ">=1.2.0 <2"));
        assertTrue(Semver.satisfies("1.4.0", "1.x"));
        assertTrue(Semver.satisfies("3.0.0", "*"));
        assertTrue(Semver.satisfies("3.0.0", "^1.0.0 || ^3.0.0"));
        assertFalse(Semver.satisfies("2.0.0-beta.1", "^1.0.0"));
        assertFalse(Semver.satisfies("2.0.0-beta.1", "<2.0.0"));
        assertTrue(Semver.satisfies("1.3.0", "1.2.0 - 1.4.0"));
        assertEquals("1.2.0", Semver.maxSatisfying(List.of("1.0.0", "1.2.0", "1.1.0", "2.0.0"), "^1.0.0"));
    }

    @Test
    void resolvesTransitiveDependenciesToTheHighestMatchingVersion() {
        assertEquals(Map.of("leftpad-cjs", "1.0.0", "repeat-str", "2.1.0"), resolver.resolve(Set.of("leftpad-cjs")));
        assertTrue(Files.isRegularFile(cacheDir.resolve("repeat-str@2.1.0/package/index.js")));
    }

    @Test
    void pinsExactVersionsRangesAndLatest() {
        assertEquals(Map.of("multi", "2.0.0"), resolver.resolve(Set.of("multi")));
        assertEquals(Map.of("multi", "1.0.0"), resolver.resolve(Set.of("multi@1.0.0")));
        assertEquals(Map.of("multi", "1.2.0"), resolver.resolve(Set.of("multi@^1.1.0")));
        assertEquals(Map.of("multi", "1.1.0"), resolver.resolve(Set.of("multi@~1.1.0")));
        assertEquals(Map.of("@acme/tool", "0.3.1"), resolver.resolve(Set.of("@acme/tool@0.3")));
        PackageException none = assertThrows(PackageException.class, () -> resolver.resolve(Set.of("multi@^5.0.0")));
        assertTrue(none.getMessage().contains("'multi'"), none.getMessage());
    }

    @Test
    void downloadsEachVersionOnce() {
        resolver.resolve(Set.of("multi@1.1.0"));
        int before = registry.tarballRequests.get();
        new PackageResolver(new NpmRegistry(registry.base()), new PackageCache(cacheDir)).resolve(Set.of("multi@1.1.0"));
        assertEquals(before, registry.tarballRequests.get());
    }

    @Test
    void rejectsNativeAddOnsAndMissingCoreModulesAndUnknownPackages() {
        PackageException gyp = assertThrows(PackageException.class, () -> resolver.resolve(Set.of("native-thing")));
        assertTrue(gyp.getMessage().contains("native-thing") && gyp.getMessage().contains("binding.gyp"), gyp.getMessage());
        PackageException flag = assertThrows(PackageException.class, () -> resolver.resolve(Set.of("gyp-flag")));
        assertTrue(flag.getMessage().contains("native add-on"), flag.getMessage());
        PackageException net = assertThrows(PackageException.class, () -> resolver.resolve(Set.of("uses-net")));
        assertTrue(net.getMessage().contains("'repl'") && net.getMessage().contains("uses-net"), net.getMessage());
        PackageException unknown = assertThrows(PackageException.class, () -> resolver.resolve(Set.of("no-such-pkg")));
        assertTrue(unknown.getMessage().contains("'no-such-pkg'") && unknown.getMessage().contains("not found"), unknown.getMessage());

        StepSyntaxException e = assertThrows(StepSyntaxException.class,
                () -> runtime.validate("s", "import x from 'no-such-pkg';\nexport default defineComponent({ run() {} })"));
        assertTrue(e.getMessage().contains("no-such-pkg"), e.getMessage());
    }

    @Test
    void onlyFilesReachableFromTheEntryPointsAreChecked() {
        assertEquals(Map.of("with-config", "1.0.0"), resolver.resolve(Set.of("with-config")));
    }

    @Test
    void installScriptsThatBuildANativeAddOnAreRefusedOthersIgnored() {
        PackageException e = assertThrows(PackageException.class, () -> resolver.resolve(Set.of("builds-addon")));
        assertTrue(e.getMessage().contains("'builds-addon@1.0.0'") && e.getMessage().contains("install: node-gyp rebuild"),
                e.getMessage());
        assertEquals(Map.of("chatty-postinstall", "1.0.0"), resolver.resolve(Set.of("chatty-postinstall")));
    }

    @Test
    void conflictingRangesNestAVersionUnderItsDependentAsNpmDoes() {
        String code = """
                import rs from "rstream@^3.4.0";
                import oldCjs from "old-cjs-user";
                import oldEsm from "old-esm-user";
                export default defineComponent({ run() { return [rs, oldCjs(), oldEsm()]; } })
                """;
        Map<String, String> tree = runtime.resolvePackages("s", code);
        assertEquals(Map.of("rstream", "3.6.0", "old-cjs-user", "1.0.0", "old-esm-user", "1.0.0",
                "old-cjs-user/node_modules/rstream", "2.3.8", "old-esm-user/node_modules/rstream", "2.3.8"), tree);
        StepOutcome outcome = runtime.run(new StepInvocation("s", code, "{}", STEPS, Instant.now().plusSeconds(20),
                Map.of(), 0, null, tree), StepListener.NONE);
        assertNull(outcome.error(), String.valueOf(outcome.error()));
        assertEquals("[\"rstream 3\",\"old uses rstream 2\",\"esm uses rstream 2\"]", outcome.returnValueJson());
    }

    @Test
    void aComponentPackagesRangesComeFromItsPackageJsonAndNestToo() {
        String code = io.millrace.runtime.ComponentPackage.of("a.mjs", Map.of(
                "package.json", "{\"dependencies\": {\"rstream\": \"^3.4.0\", \"old-cjs-user\": \"1\"}}",
                "a.mjs", "import stream from 'rstream';\nimport oldUser from 'old-cjs-user';\n"
                        + "export default { name: 'nested', async run() { return [stream, oldUser()]; } };")).encode();
        assertEquals(Map.of("rstream", "3.6.0", "old-cjs-user", "1.0.0", "old-cjs-user/node_modules/rstream", "2.3.8"),
                runtime.resolvePackages("p", code));
    }

    @Test
    void aCommonJsStepRequiresAnEsModulePackageAsNodeDoes() {
        String code = "const e = require('esm-only');\nmodule.exports = defineComponent({ run() { return [e.x, e.default] } })";
        runtime.validate("s", code);
        StepOutcome outcome = runtime.run(new StepInvocation("s", code, "{}", STEPS, Instant.now().plusSeconds(20)), StepListener.NONE);
        assertNull(outcome.error(), String.valueOf(outcome.error()));
        assertEquals("[1,\"esm\"]", outcome.returnValueJson());
    }

    @Test
    void anEsModuleOfAPackageImportsItsCommonJsFilesAsNodeDoes() {
        String code = "import f from 'esm-with-cjs';\nexport default defineComponent({ run() { return f() } })";
        StepOutcome outcome = runtime.run(new StepInvocation("s", code, "{}", STEPS, Instant.now().plusSeconds(20),
                Map.of(), 0, null, runtime.resolvePackages("s", code)), StepListener.NONE);
        assertNull(outcome.error(), String.valueOf(outcome.error()));
        assertEquals("[1,2,\"a/b\"]", outcome.returnValueJson());
    }

    @Test
    void aPackageJsonTypeNearerThanThePackagesOwnDecidesAsInNode() {
        String code = "import { textContent } from 'dual-lib';\nimport { AttributeAction, own } from 'ts-reexports';\nimport dns, { ADDRCONFIG, promises } from 'node:dns';\n"
                + "export default defineComponent({ run() { return [textContent('x'), AttributeAction.Any, own,"
                + " ADDRCONFIG, typeof promises.Resolver, typeof dns.lookup] } })";
        StepOutcome outcome = runtime.run(new StepInvocation("s", code, "{}", STEPS, Instant.now().plusSeconds(20),
                Map.of(), 0, null, runtime.resolvePackages("s", code)), StepListener.NONE);
        assertNull(outcome.error(), String.valueOf(outcome.error()));
        assertEquals("[\"esm x\",\"any\",1,1024,\"function\",\"function\"]", outcome.returnValueJson());
    }

    @Test
    void nodeApisThatGotCheerioAndNodeFetchUseWhenTheyLoad() {
        String code = """
                import { addAbortListener } from 'node:events';
                import { constants, Http2ServerResponse } from 'node:http2';
                import { isDate } from 'node:util/types';
                export default defineComponent({ async run() {
                  class Headers extends URLSearchParams {
                    *entries() { for (const k of this.keys()) yield [k, this.get(k)]; }
                    keys() { return [...new Set(super.keys())]; }
                    values() { return [...super.values()]; }
                  }
                  const h = new Headers('a=1&b=2');
                  const seen = [];
                  h.forEach((v, k) => seen.push(k + v));
                  const c = new AbortController();
                  let aborted = 0;
                  addAbortListener(c.signal, () => aborted++);
                  c.abort();
                  return [[...h.entries()].join(';'), seen.join(','), [...h].length, aborted, constants.HTTP2_HEADER_AUTHORITY, isDate(new Date()), typeof Http2ServerResponse];
                } })
                """;
        StepOutcome outcome = runtime.run(new StepInvocation("s", code, "{}", STEPS, Instant.now().plusSeconds(20)), StepListener.NONE);
        assertNull(outcome.error(), String.valueOf(outcome.error()));
        assertEquals("[\"a,1;b,2\",\"a1,b2\",2,1,\":authority\",true,\"function\"]", outcome.returnValueJson());
    }

    @Test
    void unpackerIgnoresPathEscapes() throws Exception {
        Path into = cacheDir.resolve("escape-test");
        PackageCache.unpack("x", new java.io.ByteArrayInputStream(TestRegistry.tgz(Map.of("../../evil.js", "x", "ok.js", "y"))), into);
        assertTrue(Files.exists(into.resolve("ok.js")));
        assertFalse(Files.exists(cacheDir.resolve("evil.js")));
    }

    @Test
    void runsAStepImportingPackages() {
        String code = """
                import { pad, twice } from "leftpad-cjs";
                import leftpad from "leftpad-cjs";
                import greet, { greet as g2 } from "esm-greet";
                import multi from "multi@^1.1.0";
                import tool from "@acme/tool";
                import axios from "axios";
                export default defineComponent({
                  async run({ steps, $ }) {
                    return { pad: pad("x", 3), twice: twice("ab"), version: leftpad.version, hash: leftpad.hash,
                             greet: greet("bob"), same: greet === g2, multi: multi.v, tool: tool.tool, axios: typeof axios };
                  }
                })
                """;
        Map<String, String> packages = runtime.resolvePackages("s", code);
        assertEquals(Map.of("leftpad-cjs", "1.0.0", "repeat-str", "2.1.0", "esm-greet", "1.0.0", "multi", "1.2.0",
                "@acme/tool", "0.3.1"), packages);
        runtime.validate("s", code);
        StepOutcome outcome = runtime.run(new StepInvocation("s", code, "{}", STEPS, Instant.now().plusSeconds(20),
                Map.of(), 0, null, packages), StepListener.NONE);
        assertNull(outcome.error(), String.valueOf(outcome.error()));
        assertEquals("{\"pad\":\"  x\",\"twice\":\"abab\",\"version\":\"1.0.0\",\"hash\":\"86f7e4\",\"greet\":\"hi bob!\","
                + "\"same\":true,\"multi\":\"1.2.0\",\"tool\":true,\"axios\":\"function\"}", outcome.returnValueJson());
    }

    @Test
    void pinnedVersionsWinOverTheLatestAtRunTime() {
        String code = "import m from 'multi';\nexport default defineComponent({ run() { return m.v } })";
        StepOutcome pinned = runtime.run(new StepInvocation("s", code, "{}", STEPS, Instant.now().plusSeconds(20))
                .withPackages(Map.of("multi", "1.0.0")), StepListener.NONE);
        assertEquals("\"1.0.0\"", pinned.returnValueJson(), String.valueOf(pinned.error()));
        StepOutcome latest = runtime.run(new StepInvocation("s", code, "{}", STEPS, Instant.now().plusSeconds(20)), StepListener.NONE);
        assertEquals("\"2.0.0\"", latest.returnValueJson(), String.valueOf(latest.error()));
    }

    @Test
    void commonJsStepsRequirePackages() {
        String code = "const greet = require('esm-greet');\nconst m = require('multi@1.1.0');\nconst { pad } = require('leftpad-cjs');\n"
                + "module.exports = defineComponent({ run() { return [greet.greet('x'), m.v, pad('y', 2)] } })";
        StepOutcome outcome = runtime.run(new StepInvocation("s", code, "{}", STEPS, Instant.now().plusSeconds(20)), StepListener.NONE);
        assertNull(outcome.error(), String.valueOf(outcome.error()));
        assertEquals("[\"cjs x\",\"1.1.0\",\" y\"]", outcome.returnValueJson());
    }

    @Test
    void packagesCannotReadOutsideTheirDirectory() {
        String code = "import fs from 'fs';\nconst m = require('multi');\n";
        String step = "const m = require('multi');\nmodule.exports = defineComponent({ run() {"
                + " try { require('multi/../../leftpad-cjs@1.0.0/package/lib/main.js'); return 'escaped' } catch (e) { return 'blocked' } } })";
        StepOutcome outcome = runtime.run(new StepInvocation("s", step, "{}", STEPS, Instant.now().plusSeconds(20))
                .withPackages(Map.of("multi", "2.0.0")), StepListener.NONE);
        assertEquals("\"blocked\"", outcome.returnValueJson(), String.valueOf(outcome.error()) + code.length());
    }

    @Test
    void componentsPinTheirPackagesAndSourcesLoadThem() {
        io.millrace.runtime.graal.GraalComponentRuntime components = new io.millrace.runtime.graal.GraalComponentRuntime(runtime);
        String code = "import repeat from 'repeat-str@^2.0.0';\n"
                + "export default { props: { n: { type: 'integer', default: 3 } }, run() { this.$emit(repeat('ab', this.n)) } };";
        io.millrace.runtime.ComponentInfo info = components.describe(code);
        assertEquals(java.util.Map.of("repeat-str", "2.1.0"), info.packages());
        io.millrace.runtime.SourceOutcome outcome = components.runSource(new io.millrace.runtime.SourceInvocation("dc_npm", code,
                io.millrace.runtime.SourcePhase.RUN, "{}", null, "{}", "{}", java.time.Instant.now().plusSeconds(20),
                java.util.Map.of(), null, info.packages()), io.millrace.runtime.StepListener.NONE);
        assertEquals("\"ababab\"", outcome.emissions().get(0).eventJson(), String.valueOf(outcome.error()));
    }
}
