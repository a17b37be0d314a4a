/**
 * Wires the GraalJS step runtime into CDI: one runtime for the application, its scheduler thread made
 * by the container's managed thread factory, its warm-up at start. May use {@code io.millrace.runtime},
 * {@code io.millrace.runtime.graal}, {@code io.millrace.runtime.npm} and the infrastructure's configuration.
 */
package io.millrace.infrastructure.runtime;
