package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.EmailRequest;
import io.millrace.runtime.Emission;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/** {@code $.send.emit}, {@code $.send.email} and {@code $.flow.delay}: collected for the runner. */
class StepSendsTest {

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

    private static StepOutcome run(String body) {
        return StepTesting.run(runtime, component(body));
    }

    private static String failure(String body) {
        StepOutcome outcome = run(body);
        assertFalse(outcome.succeeded(), "expected the step to fail");
        return outcome.error().message();
    }

    @Test
    void emittedEventsAreCollectedInOrderWithTheirChannels() {
        StepOutcome outcome = run("""
                async run({ $ }) {
                  $.send.emit({ name: "Yoda" });
                  for (const name of ["Luke", "Han"]) $.send.emit({ name }, "channel_name");
                  $.send.emit("just text");
                }""");
        assertTrue(outcome.succeeded(), String.valueOf(outcome.error()));
        assertEquals(List.of(new Emission("{\"name\":\"Yoda\"}", null, null, null, null),
                new Emission("{\"name\":\"Luke\"}", null, "channel_name", null, null),
                new Emission("{\"name\":\"Han\"}", null, "channel_name", null, null),
                new Emission("\"just text\"", null, null, null, null)), outcome.emissions());
        assertEquals(List.of(), outcome.emails());
        assertNull(outcome.delayMillis());
    }

    @Test
    void emitTakesJsonOnly() {
        assertEquals("$.send.emit: pass the event to emit, e.g. $.send.emit({ name: \"Yoda\" })", failure("run({ $ }) { $.send.emit() }"));
        assertEquals("$.send.emit: the event is not JSON-serializable: Do not know how to serialize a BigInt",
                failure("run({ $ }) { $.send.emit({ n: 1n }) }"));
        assertEquals("$.send.emit: the event is not JSON-serializable (it is a function)", failure("run({ $ }) { $.send.emit(() => 1) }"));
        assertEquals("$.send.emit: the channel must be a string, got 5", failure("run({ $ }) { $.send.emit({}, 5) }"));
    }

    @Test
    void aFailedStepSendsNothing() {
        StepOutcome outcome = run("""
                run({ $ }) {
                  $.send.emit({ a: 1 });
                  $.send.email({ subject: "s", text: "t" });
                  $.flow.delay(1000);
                  throw new Error("later");
                }""");
        assertEquals("later", outcome.error().message());
        assertEquals(List.of(), outcome.emissions());
        assertEquals(List.of(), outcome.emails());
        assertNull(outcome.delayMillis());
        assertFalse(outcome.delaysExecution());
    }

    @Test
    void emailsAreCollectedAndChecked() {
        StepOutcome outcome = run("""
                async run({ $ }) {
                  $.send.email({ subject: "Your subject", text: "Plain text email body", html: "<b>HTML</b> email body" });
                  $.send.email({ subject: "Only HTML", html: "<p>hi</p>" });
                }""");
        assertEquals(List.of(new EmailRequest("Your subject", "Plain text email body", "<b>HTML</b> email body"),
                new EmailRequest("Only HTML", null, "<p>hi</p>")), outcome.emails());

        assertEquals("$.send.email: pass an object { subject, text, html }, got undefined", failure("run({ $ }) { $.send.email() }"));
        assertEquals("$.send.email: subject is required: a non-empty string, got undefined",
                failure("run({ $ }) { $.send.email({ text: 'x' }) }"));
        assertEquals("$.send.email: subject must be a single line",
                failure("run({ $ }) { $.send.email({ subject: 'a\\r\\nBcc: x@example.com', text: 'x' }) }"));
        assertEquals("$.send.email: text or html is required: the body of the email",
                failure("run({ $ }) { $.send.email({ subject: 'x' }) }"));
        assertEquals("$.send.email: html must be a string, got { a: 1 }",
                failure("run({ $ }) { $.send.email({ subject: 'x', html: { a: 1 } }) }"));
    }

    @Test
    void delayReturnsTheInvocationsUrlsAndReportsTheLastDelay() {
        StepInvocation invocation = StepTesting.invocation(component("""
                async run({ steps, $ }) {
                  $.flow.delay(60 * 1000);
                  const { cancel_url, resume_url } = $.flow.delay(15 * 60 * 1000);
                  $.send.email({ subject: `Workflow execution ${steps.trigger.context.id}`,
                                 text: `Cancel your workflow here: ${cancel_url} . Resume early here: ${resume_url}` });
                  return { cancel_url, resume_url };
                }"""), Instant.now().plusSeconds(20))
                .withDelayUrls("https://millrace.test/resume/e_1?t=r", "https://millrace.test/cancel/e_1?t=c");
        StepOutcome outcome = runtime.run(invocation, StepListener.NONE);
        assertTrue(outcome.succeeded(), String.valueOf(outcome.error()));
        assertEquals(15L * 60 * 1000, outcome.delayMillis());
        assertTrue(outcome.delaysExecution());
        assertEquals("{\"cancel_url\":\"https://millrace.test/cancel/e_1?t=c\",\"resume_url\":\"https://millrace.test/resume/e_1?t=r\"}",
                outcome.returnValueJson());
        assertEquals("Workflow execution evt_1", outcome.emails().get(0).subject());
        assertEquals("{\"resume_url\":null,\"cancel_url\":null}",
                run("run({ $ }) { return $.flow.delay(Math.ceil(0.2)) }").returnValueJson());
        assertEquals(1L, run("run({ $ }) { $.flow.delay(1) }").delayMillis());
        assertEquals(3L, run("run({ $ }) { $.flow.delay(2.5) }").delayMillis());
    }

    @Test
    void delayChecksItsArgumentAndForbidsALaterRespond() {
        assertEquals("$.flow.delay: ms must be a number of milliseconds, got '100'", failure("run({ $ }) { $.flow.delay('100') }"));
        assertEquals("$.flow.delay: ms must be at least 1 (one millisecond), got -1", failure("run({ $ }) { $.flow.delay(-1) }"));
        assertEquals("$.flow.delay: ms must be at least 1 (one millisecond), got 0", failure("run({ $ }) { $.flow.delay(0) }"));
        assertEquals("$.flow.delay: a workflow can be delayed for at most one year (31536000000 ms), got 31536000001",
                failure("run({ $ }) { $.flow.delay(31536000001) }"));
        assertEquals("$.flow.delay: ms must be a number of milliseconds, got Infinity", failure("run({ $ }) { $.flow.delay(Infinity) }"));
        assertEquals("$.respond cannot be called after $.flow.delay",
                failure("async run({ $ }) { $.flow.delay(10); await $.respond({ status: 200 }) }"));
    }

    @Test
    void stepsThatSendNothingReportNothing() {
        StepOutcome outcome = run("run() { return 1 }");
        assertEquals(List.of(), outcome.emissions());
        assertEquals(List.of(), outcome.emails());
        assertNull(outcome.delayMillis());
    }
}
