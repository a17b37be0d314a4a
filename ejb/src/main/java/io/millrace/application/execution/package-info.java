/**
 * Running executions: {@code ExecutionRunner} carries out what the orchestrator decides, {@code ExecutionStore}
 * holds its short transactions, {@code Dispatcher} applies the gate (concurrency and throttling); reading,
 * cancelling and rerunning executions; the worker-queue port {@code ExecutionQueue}.
 */
package io.millrace.application.execution;
