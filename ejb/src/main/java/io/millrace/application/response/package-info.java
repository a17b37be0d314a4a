/**
 * Callers waiting for an answer: an HTTP request to a workflow that calls {@code $.respond}, or to a source
 * with {@code customResponse}, waits in {@code ResponseHub} until the step answers. Used by the intake,
 * the execution runner and sources; uses nothing of theirs. In-process: see docs/architecture.md.
 */
package io.millrace.application.response;
