/**
 * The orchestrator: pure decisions about what an execution does next (run a step, finish, retry a failed step
 * later, sleep after {@code $.flow.delay}), which waiting executions pass the gate, the retry rules and backoff
 * they apply, and the data each step sees. No JMS, JAX-RS, JPA or GraalJS, no I/O and no clock here: the time
 * and the configuration come in as parameters.
 */
package io.millrace.orchestrator;
