/**
 * The GraalJS implementation of {@link io.millrace.runtime.StepRuntime}.
 *
 * <ul>
 *   <li>{@link io.millrace.runtime.graal.GraalStepRuntime} - the entry point: one shared polyglot
 *       {@code Engine}, a deadline scheduler, {@code validate} and {@code run}.</li>
 *   <li>{@code Sandbox} - the engine and context settings (no host access, no IO, no threads,
 *       no processes, no environment) and the step/bootstrap {@code Source}s.</li>
 *   <li>{@code GuardedContext} - a fresh context per run that is cancelled when its deadline passes.</li>
 *   <li>{@code StepExecution} - one run: bootstrap, module, driver, event loop, outcome.</li>
 *   <li>{@code StepHost} - the Java side of the JavaScript bridge (console, {@code $.export},
 *       {@code $.respond}, timers, settlement), exposed to JavaScript only as polyglot proxies.</li>
 *   <li>{@code EventLoop} - runs timer callbacks until {@code run}'s promise settles.</li>
 *   <li>{@code StepErrors} - turns JavaScript errors into {@code StepError}/{@code StepSyntaxException}.</li>
 *   <li>{@code bootstrap.js} (resource) - defines {@code defineComponent}, {@code console},
 *       timers and {@code $}, and the driver that calls the component's {@code run}.</li>
 * </ul>
 * Only strings (mostly JSON) and proxies cross the Java/JavaScript boundary.
 */
package io.millrace.runtime.graal;
