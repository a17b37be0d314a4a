/**
 * The workflow aggregate: workflows, their immutable deployments (versions of the definition),
 * HTTP triggers, email triggers ({@code EmailTrigger}, {@code EmailAddress}; messages already received:
 * {@code ReceivedMail}), and the parsing and validation of definitions.
 */
package io.millrace.domain.workflow;
