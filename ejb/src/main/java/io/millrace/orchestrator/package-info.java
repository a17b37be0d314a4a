/**
 * The orchestrator: pure decisions about what an execution does next, and the data each step sees.
 * No JMS, JAX-RS, JPA or GraalJS here.
 */
package io.millrace.orchestrator;
