/** Executions: lists, details, cancel and rerun, the queue of a workflow, and the flow URLs of {@code $.flow.delay}. */
package io.millrace.web.api.execution;
