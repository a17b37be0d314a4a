/**
 * SCIM 2.0 at {@code /scim/v2} (RFC 7644) for a workspace's identity provider: {@link
 * io.millrace.web.scim.ScimTokenFilter} authenticates the workspace's SCIM bearer token (these paths do not go
 * through the {@code /v1} filter {@code web.security.ApiKeyFilter}, which does not ask for credentials there);
 * {@link io.millrace.web.scim.ScimErrors} turns every error on these paths into a SCIM error
 * ({@code urn:ietf:params:scim:api:messages:2.0:Error}) and answers {@code application/scim+json}. The
 * resources are hidden from the OpenAPI document, which describes {@code /v1}; docs/api.md, "SCIM
 * provisioning", describes them.
 */
package io.millrace.web.scim;
