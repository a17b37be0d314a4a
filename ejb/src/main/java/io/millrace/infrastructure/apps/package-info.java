/**
 * The OAuth 2.0 endpoints of apps on the Nimbus OAuth SDK ({@code NimbusTokenEndpoint}): authorization requests with
 * PKCE, code exchange, refresh and revocation (RFC 7009), the client authenticated with HTTP Basic.
 */
package io.millrace.infrastructure.apps;
