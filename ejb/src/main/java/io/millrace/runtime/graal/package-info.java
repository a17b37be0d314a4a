/**
 * The GraalJS implementation of {@link io.millrace.runtime.StepRuntime} ({@link io.millrace.runtime.graal.GraalStepRuntime},
 * built from a scheduler and {@link io.millrace.runtime.graal.RuntimeOptions}) and of
 * {@link io.millrace.runtime.ComponentRuntime} ({@link io.millrace.runtime.graal.GraalComponentRuntime}):
 * the engine and context settings, prepared contexts and sessions, one run with its guards (deadline,
 * memory watchdog, payload limit), validation, and the bridge's Java side ({@code StepHost},
 * {@code RunRecord}). The services the bridge offers are in {@code .host}; what a step can import is in
 * {@code .modules}. docs/architecture.md, "The GraalJS runtime", tells how the parts fit.
 *
 * <p>May use the GraalVM polyglot API, {@code io.millrace.runtime}, {@code io.millrace.runtime.npm} and its
 * own sub-packages; nothing of the application, the infrastructure or the web layer.
 */
package io.millrace.runtime.graal;
