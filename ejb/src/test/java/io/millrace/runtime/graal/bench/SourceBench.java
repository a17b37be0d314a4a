package io.millrace.runtime.graal.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.millrace.runtime.SourceInvocation;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.SourcePhase;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.GraalComponentRuntime;
import io.millrace.runtime.graal.GraalStepRuntime;
import io.millrace.runtime.graal.RuntimeOptions;

/**
 * Not a test: prints median wall times, through the public API, of a trivial step, a trivial
 * source run ({@code this.$emit} of one event), a source run that uses its timer, db and a user-input
 * prop, and a {@code describe} of that source, on one runtime with the default prepared contexts.
 * Run it as {@link RuntimeBench} is run, with the class name {@code io.millrace.runtime.graal.bench.SourceBench}.
 */
public final class SourceBench {

    private static final String TRIVIAL_STEP = "export default defineComponent({ run() { return 1 } })";
    private static final String TRIVIAL_SOURCE = "export default { run() { this.$emit({ n: 1 }) } }";
    private static final String COUNTER = """
            export default {
              props: { db: "$.service.db", timer: { type: "$.interface.timer", default: { intervalSeconds: 60 } },
                       label: { type: "string", default: "tick" } },
              run(event) {
                const count = (this.db.get("count") || 0) + 1;
                this.$emit({ count, at: event.timestamp }, { id: count, summary: this.label + " " + count });
                this.db.set("count", count);
              },
            };""";
    private static final int ROUNDS = 7;

    private SourceBench() {
    }

    public static void main(String[] args) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (GraalStepRuntime runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS)) {
            GraalComponentRuntime components = new GraalComponentRuntime(runtime);
            for (int i = 0; i < 2_000; i++) { // warm up the JVM and the engine's code caches
                step(runtime);
                source(components, i % 2 == 0 ? TRIVIAL_SOURCE : COUNTER);
                if (i % 20 == 0) {
                    components.describe(COUNTER);
                }
            }
            double[][] results = new double[4][ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                results[0][round] = median(200, () -> step(runtime));
                results[1][round] = median(200, () -> source(components, TRIVIAL_SOURCE));
                results[2][round] = median(200, () -> source(components, COUNTER));
                results[3][round] = median(50, () -> components.describe(COUNTER));
                System.out.printf("round %d: step %.3f ms | trivial source %.3f ms | counter source %.3f ms | describe %.3f ms%n",
                        round + 1, results[0][round], results[1][round], results[2][round], results[3][round]);
            }
            for (double[] result : results) {
                Arrays.sort(result);
            }
            System.out.printf("median of %d rounds: trivial step %.3f ms | trivial runSource %.3f ms | runSource with timer, db"
                    + " and a prop %.3f ms | describe %.3f ms%n", ROUNDS, results[0][ROUNDS / 2], results[1][ROUNDS / 2],
                    results[2][ROUNDS / 2], results[3][ROUNDS / 2]);
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static void step(GraalStepRuntime runtime) {
        StepOutcome outcome = runtime.run(new StepInvocation("bench", TRIVIAL_STEP, "{}", "{}", Instant.now().plusSeconds(30)),
                StepListener.NONE);
        if (!outcome.succeeded()) {
            throw new IllegalStateException(String.valueOf(outcome.error()));
        }
    }

    private static void source(GraalComponentRuntime components, String code) {
        SourceOutcome outcome = components.runSource(new SourceInvocation("dc_bench", code, SourcePhase.RUN, "{}", null,
                "{\"timestamp\":1}", "{\"count\":1}", Instant.now().plusSeconds(30), Map.of(), null, null), StepListener.NONE);
        if (!outcome.succeeded() || outcome.emissions().size() != 1) {
            throw new IllegalStateException(String.valueOf(outcome.error()));
        }
    }

    private static double median(int runs, Runnable task) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            task.run();
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        return times[runs / 2] / 1e6;
    }
}
