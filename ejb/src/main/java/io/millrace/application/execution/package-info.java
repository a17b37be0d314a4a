/**
 * Running executions: {@code ExecutionRunner} carries out what the orchestrator decides, {@code ExecutionStore}
 * holds its short transactions, {@code Dispatcher} applies the gate (concurrency and throttling); reading,
 * cancelling and rerunning executions; the worker-queue port {@code ExecutionQueue}. Destinations go out when an
 * execution ends ({@code Destinations}, {@code SseDestination}, {@code S3Destination} with {@code S3Endpoint} and
 * {@code S3Put} for S3-compatible endpoints), S3 deliveries recorded with the execution by {@code DeliveryLog}.
 */
package io.millrace.application.execution;
