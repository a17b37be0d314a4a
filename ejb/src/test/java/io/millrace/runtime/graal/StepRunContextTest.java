package io.millrace.runtime.graal;

import static io.millrace.runtime.graal.StepTesting.component;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepRunInfo;
import io.millrace.runtime.StepRuntime;

/** {@code $.context.step_run_id} and {@code $.context.run.runs} are the invocation's {@link StepRunInfo}. */
class StepRunContextTest {
    private static final String SHOW_RUN = component("""
            run({ $, steps }) {
              return [$.context.step_run_id, $.context.run.runs, $.context.id, 'step_run_id' in steps.trigger.context]
            }""");

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

    private static StepInvocation invocation(String name) {
        return new StepInvocation(name, SHOW_RUN, "{}", StepTesting.STEPS, Instant.now().plusSeconds(20));
    }

    @Test
    void theStepSeesItsRunIdAndRunNumberInContextNotInTheTriggerContext() {
        String json = runtime.run(invocation("a").withRun(new StepRunInfo("ex_9:2", 3)), StepListener.NONE)
                .returnValueJson();
        assertEquals("[\"ex_9:2\",3,\"evt_1\",false]", json);
    }

    @Test
    void outsideAnExecutionTheIdIsNullAndTheRunIsTheFirst() {
        assertEquals("[null,1,\"evt_1\",false]", runtime.run(invocation("a"), StepListener.NONE).returnValueJson());
    }

    @Test
    void eachStepOfASessionSeesItsOwnRun() {
        try (StepRuntime.Session session = runtime.session()) {
            assertEquals("[\"ex_9:0\",2,\"evt_1\",false]",
                    session.run(invocation("a").withRun(new StepRunInfo("ex_9:0", 2)), StepListener.NONE).returnValueJson());
            assertEquals("[\"ex_9:1\",1,\"evt_1\",false]",
                    session.run(invocation("b").withRun(new StepRunInfo("ex_9:1", 1)), StepListener.NONE).returnValueJson());
        }
    }

    @Test
    void aContextChangedByTheStepDoesNotReachTheNextStep() {
        String change = component("run({ $ }) { $.context.run.runs = 99; $.context.step_run_id = 'x'; return 0 }");
        try (StepRuntime.Session session = runtime.session()) {
            session.run(new StepInvocation("a", change, "{}", StepTesting.STEPS, Instant.now().plusSeconds(20))
                    .withRun(new StepRunInfo("ex_9:0", 1)), StepListener.NONE);
            assertEquals("[\"ex_9:1\",1,\"evt_1\",false]",
                    session.run(invocation("b").withRun(new StepRunInfo("ex_9:1", 1)), StepListener.NONE).returnValueJson());
        }
    }
}
