package io.millrace.runtime.graal.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.GraalStepRuntime;
import io.millrace.runtime.graal.RuntimeOptions;

/**
 * Not a test: prints median wall times, through the public runtime API, of
 * <ul>
 *   <li>a trivial step;</li>
 *   <li>40 trivial steps run back to back (a 40-step workflow with nothing between its steps);</li>
 *   <li>the same 40 steps with 1 ms of other work after each (as the runner stores each result),
 *       counting only the time spent in {@code run};</li>
 *   <li>a step that uses Buffer, URL and crypto (so the lazily loaded libraries are evaluated);</li>
 *   <li>40 trivial steps in one {@link io.millrace.runtime.StepRuntime#session() session}, as the runner runs an execution.</li>
 * </ul>
 * The argument is the number of prepared contexts (default: as in {@link RuntimeOptions#DEFAULTS}).
 * Run it with the test classpath:
 * <pre>
 * mvn -q -o -pl ejb test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp ejb/target/classes:ejb/target/test-classes:$(cat /tmp/cp.txt) io.millrace.runtime.graal.bench.RuntimeBench 4
 * </pre>
 */
public final class RuntimeBench {

    private static final String STEPS = "{\"trigger\":{\"event\":{\"n\":1},\"context\":{\"id\":\"e1\"}}}";
    private static final String LIBRARIES = "import crypto from 'crypto';\nexport default defineComponent({ run() {\n"
            + "  const u = new URL('https://example.com/a?b=1'); u.searchParams.set('c', 'd');\n"
            + "  return [u.href, Buffer.from('hi').toString('base64'), crypto.createHash('sha256').update('x').digest('hex')];\n"
            + "} })";
    private static final int ROUNDS = 7;

    private RuntimeBench() {
    }

    public static void main(String[] args) {
        int prepared = args.length > 0 ? Integer.parseInt(args[0]) : RuntimeOptions.DEFAULTS.preparedContexts();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (GraalStepRuntime runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withPreparedContexts(prepared))) {
            String[] codes = new String[40];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = "export default defineComponent({\n  async run({ steps, $ }) {\n"
                        + "    $.export('n', steps.trigger.event.n + " + i + ");\n    return " + i + ";\n  },\n});\n";
            }
            for (int i = 0; i < 2_000; i++) { // warm up the JVM and the engine's code caches
                once(runtime, "step_" + (i % 40), i % 7 == 0 ? LIBRARIES : codes[i % 40]);
            }
            double[][] results = new double[5][ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                results[0][round] = median(200, () -> once(runtime, "step_0", codes[0]));
                results[1][round] = median(25, () -> {
                    for (int s = 0; s < codes.length; s++) {
                        once(runtime, "step_" + s, codes[s]);
                    }
                });
                long[] paced = new long[25];
                for (int i = 0; i < paced.length; i++) {
                    for (int s = 0; s < codes.length; s++) {
                        long started = System.nanoTime();
                        once(runtime, "step_" + s, codes[s]);
                        paced[i] += System.nanoTime() - started;
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                    }
                }
                results[2][round] = median(paced) / 1e6;
                results[3][round] = median(200, () -> once(runtime, "libs", LIBRARIES));
                results[4][round] = median(25, () -> {
                    try (io.millrace.runtime.StepRuntime.Session session = runtime.session()) {
                        for (int s = 0; s < codes.length; s++) {
                            check(session.run(invocation("step_" + s, codes[s]), StepListener.NONE));
                        }
                    }
                });
                System.out.printf("round %d: trivial %.3f ms | 40 back to back %.2f ms | 40 paced %.2f ms | libraries %.3f ms"
                        + " | 40 in one session %.2f ms%n", round + 1, results[0][round], results[1][round],
                        results[2][round], results[3][round], results[4][round]);
            }
            for (double[] result : results) {
                Arrays.sort(result);
            }
            System.out.printf("prepared contexts %d, median of %d rounds: trivial step %.3f ms | 40 steps back to back %.2f ms"
                    + " | 40 steps paced 1 ms apart %.2f ms (in run) | step using Buffer/URL/crypto %.3f ms"
                    + " | 40 steps in one session (as an execution runs them) %.2f ms%n", prepared,
                    ROUNDS, results[0][ROUNDS / 2], results[1][ROUNDS / 2], results[2][ROUNDS / 2], results[3][ROUNDS / 2],
                    results[4][ROUNDS / 2]);
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static void once(GraalStepRuntime runtime, String name, String code) {
        check(runtime.run(invocation(name, code), StepListener.NONE));
    }

    private static StepInvocation invocation(String name, String code) {
        return new StepInvocation(name, code, "{}", STEPS, Instant.now().plusSeconds(30));
    }

    private static void check(StepOutcome outcome) {
        if (!outcome.succeeded()) {
            throw new IllegalStateException("a step failed: " + outcome.error());
        }
    }

    /** The median milliseconds {@code task} takes over {@code times} runs. */
    private static double median(int times, Runnable task) {
        long[] took = new long[times];
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            task.run();
            took[i] = System.nanoTime() - started;
        }
        return median(took) / 1e6;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
