/**
 * The workflow aggregate: workflows, their immutable deployments (versions of the definition),
 * HTTP triggers, and the parsing and validation of definitions.
 */
package io.millrace.domain.workflow;
