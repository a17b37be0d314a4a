package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static io.millrace.runtime.graal.StepTesting.messages;
import static io.millrace.runtime.graal.StepTesting.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.host.HostCrypto;

/** The Node-like globals and built-in modules a step gets: Buffer, URL, crypto, TextEncoder, atob, ... */
class StepGlobalsTest {

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

    /** Each expression of runtime/node-compat-cases.js gives what it gives in Node.js 20. */
    @Test
    void behavesLikeNode() throws IOException {
        StepOutcome outcome = StepTesting.run(runtime, resource("node-compat-cases.js"));
        assertNull(outcome.error());
        List<String> expected = resource("node-compat-expected.txt").lines().toList();
        List<String> actual = messages(outcome);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "case " + (i + 1));
        }
    }

    @Test
    void globalsExist() {
        assertEquals("[\"function\",\"function\",\"function\",\"function\",\"function\",\"function\",\"function\","
                        + "\"function\",\"function\",\"object\",\"function\",\"function\",\"function\",\"object\"]",
                value(runtime, "[typeof URL, typeof URLSearchParams, typeof TextEncoder, typeof TextDecoder, typeof atob,"
                        + " typeof btoa, typeof Buffer, typeof structuredClone, typeof setTimeout, typeof crypto,"
                        + " typeof crypto.randomUUID, typeof crypto.getRandomValues, typeof queueMicrotask, typeof global]"));
    }

    @Test
    void engineGlobalsAreGone() {
        assertEquals("\"undefined undefined undefined undefined undefined\"",
                value(runtime, "[typeof Java, typeof Polyglot, typeof Graal, typeof load, typeof print].join(' ')"));
    }

    @Test
    void globalsCanBeReplacedOrRedeclared() {
        assertEquals("[1,\"mine\"]", StepTesting.run(runtime, """
                var Buffer = 1;
                function URL() { return "mine" }
                module.exports = { run() { return [Buffer, URL()] } }""").returnValueJson());
        assertEquals("2", value(runtime, "(globalThis.crypto = 2, crypto)"));
    }

    @Test
    void consoleLogsBuffersAndFormatStrings() {
        StepOutcome outcome = StepTesting.run(runtime, component(
                "run() { console.log(Buffer.from('hi')); console.log('%s is %d', 'n', 4, 'extra'); console.log(Buffer.alloc(60)) }"));
        assertEquals(List.of("<Buffer 68 69>", "n is 4 extra",
                "<Buffer " + "00 ".repeat(49) + "00 ... 10 more bytes>"), messages(outcome));
    }

    @Test
    void hashesAndHmacsComeFromJava() {
        assertEquals("[\"a9993e364706816aba3e25717850c26c9cd0d89d\",\"1B2M2Y8AsgTpgAmY7PhCfg==\",\"f7bc83f4\"]",
                value(runtime, "import { createHash, createHmac } from 'crypto';",
                        "[createHash('sha1').update('abc').digest('hex'), createHash('md5').digest('base64'),"
                                + " createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog')"
                                + ".digest('hex').slice(0, 8)]"));
    }

    @Test
    void randomnessIsRandom() {
        assertEquals("true", value(runtime, "crypto.randomUUID() !== crypto.randomUUID()"));
        assertEquals("true", value(runtime, "import { randomBytes } from 'crypto';",
                "randomBytes(1_500_000).length === 1_500_000 && !randomBytes(32).equals(Buffer.alloc(32))"));
    }

    @Test
    void hostCryptoRefusesUnknownAlgorithms() {
        assertNull(HostCrypto.digest("whirlpool", new byte[0]));
        assertNull(HostCrypto.hmac("SHA3-256", new byte[0], new byte[0]));
        assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", HostCrypto.digest("SHA-256", new byte[0]));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StepGlobalsTest.class.getResourceAsStream("/runtime/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
