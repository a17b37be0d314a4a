/** The execution aggregate: one run of a workflow on one event, and the stored result of each step. */
package io.millrace.domain.execution;
