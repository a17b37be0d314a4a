/**
 * Executions through the real server: HTTP trigger runs, execution controls (concurrency, throttle,
 * queue), auto-retry, {@code $.flow.delay}, and what survives a restart or a {@code kill -9}.
 */
package io.millrace.it.execution;
