/**
 * The step runtime contract: {@link io.millrace.runtime.StepRuntime} runs one Pipedream-style
 * code step ({@code export default defineComponent({ props, methods, run })}) and reports a
 * {@link io.millrace.runtime.StepOutcome} (return value, exports, console logs, error, timeout);
 * {@code $.respond(...)} calls reach a {@link io.millrace.runtime.StepListener} as an
 * {@link io.millrace.runtime.HttpReply}. The types here are plain records with JSON carried as
 * strings, so callers never see the JavaScript engine; the GraalJS implementation lives in
 * {@code io.millrace.runtime.graal}. A {@link io.millrace.runtime.StepInvocation} also carries the
 * step's environment variables ({@code process.env}), its share of the 6 MB function payload limit,
 * and its execution's {@code /tmp} directory, which {@link io.millrace.runtime.ExecutionTmp} creates
 * and deletes.
 */
package io.millrace.runtime;
