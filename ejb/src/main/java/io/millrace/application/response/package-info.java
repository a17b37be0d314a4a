/**
 * Callers waiting for an answer: an HTTP request to a workflow that calls {@code $.respond}, or to a source
 * with {@code customResponse}, waits in {@code ResponseHub} until the step answers. Used by the intake,
 * the execution runner and sources; uses nothing of theirs. On a cluster the answer reaches the caller's node
 * as a note ({@code application.cluster}); see docs/cluster.md.
 */
package io.millrace.application.response;
