/**
 * SCIM 2.0 provisioning of a workspace's members (RFC 7643/7644): the workspace's SCIM bearer tokens
 * (stored as their SHA-256), the per-workspace link of a provisioned user (its {@code externalId} and name),
 * the SCIM filter language ({@link io.millrace.domain.scim.FilterParser}) and the SCIM errors
 * ({@link io.millrace.domain.scim.ScimProblem}). Port: {@link io.millrace.domain.scim.ScimRepository}.
 */
package io.millrace.domain.scim;
