package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressPolicy;

/** Helpers shared by the runtime's test classes. */
final class StepTesting {

    static final String STEPS =
            "{\"trigger\":{\"event\":{\"body\":{\"n\":41}},\"context\":{\"id\":\"evt_1\",\"workflow_id\":\"p_1\"}}}";

    /** The egress policy with loopback allowed: the tests' HTTP servers listen on 127.0.0.1. */
    static final EgressGuard LOOPBACK_ALLOWED = EgressGuard.of(EgressPolicy.allowing("127.0.0.1"));

    private StepTesting() {
    }

    static StepOutcome run(GraalStepRuntime runtime, String code) {
        return runtime.run(invocation(code, Instant.now().plusSeconds(20)), StepListener.NONE);
    }

    static StepInvocation invocation(String code, Instant deadline) {
        return new StepInvocation("my_step", code, "{}", STEPS, deadline);
    }

    static String component(String body) {
        return "export default defineComponent({\n" + body + "\n})\n";
    }

    /** The JSON of what {@code expression} evaluates to inside an async run (it may use await). */
    static String value(GraalStepRuntime runtime, String expression) {
        return value(runtime, "", expression);
    }

    /** As {@link #value(GraalStepRuntime, String)}, with {@code imports} above the component. */
    static String value(GraalStepRuntime runtime, String imports, String expression) {
        StepOutcome outcome = run(runtime, imports + "\n" + component("async run({ steps, $ }) { return (" + expression + ") }"));
        assertEquals(null, outcome.error(), expression);
        return outcome.returnValueJson();
    }

    static List<String> messages(StepOutcome outcome) {
        return outcome.logs().stream().map(l -> l.message()).collect(Collectors.toList());
    }
}
