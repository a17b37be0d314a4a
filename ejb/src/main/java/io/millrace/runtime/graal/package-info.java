/**
 * The GraalJS implementation of {@link io.millrace.runtime.StepRuntime}.
 *
 * <ul>
 *   <li>{@link io.millrace.runtime.graal.GraalStepRuntime} - the entry point: one shared polyglot
 *       {@code Engine}, a deadline scheduler, {@code validate} and {@code run}.</li>
 *   <li>{@code ContextPool} - contexts with the bootstrap installed, prepared ahead on the scheduler;
 *       each serves one run only, so nothing leaks from one run to the next.</li>
 *   <li>{@code Sandbox} - the engine and context settings (no host access, no threads, no processes,
 *       no environment, IO limited to {@code BuiltinModules}) and the bootstrap/library/step sources.</li>
 *   <li>{@code BuiltinModules} - the read-only in-memory file system that lets a step {@code import}
 *       the built-in modules (buffer, crypto, url, util, timers, timers/promises, @pipedream/platform)
 *       and nothing else; {@code ReadOnlyChannel} serves their bytes.</li>
 *   <li>{@code StepLoader} - evaluates a step as an ES module or, when it parses as a classic script,
 *       as CommonJS (with {@code module}, {@code exports} and {@code require}).</li>
 *   <li>{@code GuardedContext} - cancels a run's context when its deadline passes.</li>
 *   <li>{@code StepExecution} - one run: context, step code, driver, event loop, outcome.</li>
 *   <li>{@code StepHost} - the Java side of the JavaScript bridge (console, {@code $.export},
 *       {@code $.respond}, {@code $.flow.exit}, timers, settlement, library loading), exposed to
 *       JavaScript only as polyglot proxies; {@code HostBytes} and {@code HostCrypto} do the byte
 *       codecs, digests, HMACs and random bytes JavaScript would do slowly or not at all.</li>
 *   <li>{@code EventLoop} - runs timer callbacks until {@code run}'s promise settles.</li>
 *   <li>{@code StepErrors} - turns JavaScript errors into {@code StepError}/{@code StepSyntaxException}.</li>
 *   <li>Resources: {@code bootstrap.js} defines {@code defineComponent}, {@code console}, timers,
 *       {@code $} and the driver; {@code lib/*.js} (Buffer/atob/btoa, URL, URLSearchParams, crypto,
 *       structuredClone/util/...) are evaluated only when a step first uses them;
 *       {@code modules/*.mjs} are the built-in ES modules.</li>
 * </ul>
 * Only strings (mostly JSON), numbers, ArrayBuffers and proxies cross the Java/JavaScript boundary.
 */
package io.millrace.runtime.graal;
