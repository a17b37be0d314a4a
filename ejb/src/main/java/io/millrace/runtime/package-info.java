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
 * and deletes, the {@link io.millrace.runtime.DataStores} its {@code data_store} props open, and the
 * resume/cancel URLs {@code $.flow.delay} returns; its outcome reports what it emitted
 * ({@link io.millrace.runtime.Emission}), the emails it sent ({@link io.millrace.runtime.EmailRequest})
 * and its delay, for the runner. {@link io.millrace.runtime.ComponentRuntime} describes component modules
 * ({@link io.millrace.runtime.ComponentInfo}) and runs sources ({@link io.millrace.runtime.SourceInvocation}
 * → {@link io.millrace.runtime.SourceOutcome}). A component package
 * ({@link io.millrace.runtime.ComponentPackage}: files with one entry, carried as code) is checked with
 * {@link io.millrace.runtime.PackagePaths} (Node's resolution of relative imports) and read from archives
 * with {@link io.millrace.runtime.PackageArchive}. Built-in modules include {@code @millrace/feed}
 * ({@code parseFeed(xmlText)}: RSS and Atom to {@code { title, link, description, items }}).
 */
package io.millrace.runtime;
