package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.runtime.HttpReply;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code $.respond} bodies that are bytes: a Buffer, a typed array, an ArrayBuffer, an async-iterable stream. */
class RespondBytesTest {
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

    private static HttpReply reply(String body) {
        List<HttpReply> replies = new ArrayList<>();
        StepOutcome outcome = runtime.run(new StepInvocation("reply", component(body), "{}", StepTesting.STEPS,
                Instant.now().plusSeconds(20)), replies::add);
        assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
        assertEquals(1, replies.size());
        return replies.get(0);
    }

    @Test
    void buffersTypedArraysAndArrayBuffersAreSentAsTheirBytes() {
        HttpReply buffer = reply("async run({ $ }) { await $.respond({ headers: { 'Content-Type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0, 255]) }) }");
        assertArrayEquals(new byte[] {(byte) 0x89, 0x50, 0, (byte) 255}, buffer.body());
        assertFalse(buffer.json());
        assertEquals("image/png", buffer.headers().get("Content-Type"));
        HttpReply view = reply("async run({ $ }) { const all = new Uint8Array([9, 8, 7, 6, 5]); await $.respond({ body: all.subarray(1, 3) }) }");
        assertArrayEquals(new byte[] {8, 7}, view.body());
        assertEquals("application/octet-stream", view.headers().get("Content-Type"));
        HttpReply raw = reply("async run({ $ }) { await $.respond({ body: new Uint16Array([258]).buffer }) }");
        assertArrayEquals(new byte[] {2, 1}, raw.body());
    }

    @Test
    void anAsyncIterableStreamIsReadToItsEnd() {
        HttpReply streamed = reply("""
                async run({ $ }) {
                  async function* parts() { yield 'he'; yield Buffer.from('llo'); yield new Uint8Array([33]); }
                  await $.respond({ status: 201, body: parts() });
                }""");
        assertEquals(201, streamed.status());
        assertEquals("hello!", new String(streamed.body(), StandardCharsets.UTF_8));
        List<HttpReply> none = new ArrayList<>();
        StepOutcome refused = runtime.run(new StepInvocation("reply", component(
                "async run({ $ }) { async function* p() { yield 'x'; } await $.respond({ immediate: true, body: p() }) }"),
                "{}", StepTesting.STEPS, Instant.now().plusSeconds(20)), none::add);
        assertTrue(refused.error().message().contains("immediate"), refused.error().message());
        assertTrue(none.isEmpty());
    }
}
