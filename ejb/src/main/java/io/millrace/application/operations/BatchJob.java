package io.millrace.application.operations;

/** A batch job execution and its batch status (STARTING, STARTED, COMPLETED, FAILED, …). */
public record BatchJob(long id, String status) {
}
