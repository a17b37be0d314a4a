/**
 * What a step can import or require: the built-in modules (buffer, crypto, url, util, timers, process,
 * fs, axios, {@code @pipedream/platform}, {@code @millrace/feed}; their sources are the {@code .mjs}
 * resources of this package) served by a read-only in-memory file system, the npm packages bound
 * to the run, read from the package cache with every path confined to the package's directory, and the
 * files of the component package the run loads ({@link io.millrace.runtime.graal.modules.ComponentFiles}).
 *
 * <p>May use the GraalVM polyglot file-system API, {@code io.millrace.runtime.npm},
 * {@code io.millrace.runtime.graal.host}, the runtime port's package types and the JDK; never {@code io.millrace.runtime.graal} itself.
 */
package io.millrace.runtime.graal.modules;
