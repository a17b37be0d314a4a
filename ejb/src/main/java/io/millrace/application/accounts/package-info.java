/**
 * Connected accounts ({@code /v1/accounts}): {@link io.millrace.application.accounts.Accounts} (list, read, key-based
 * accounts, sharing, deletion with revocation), the OAuth 2.0 authorization code flow with PKCE
 * ({@link io.millrace.application.accounts.OAuthConnect}: start, callback, token exchange), credentials for steps and
 * sources ({@link io.millrace.application.accounts.AccountCredentials}: {@code $auth}, refreshed before expiry and
 * after a 401), their transactions ({@link io.millrace.application.accounts.AccountWriter}); port
 * {@link io.millrace.application.accounts.TokenEndpoint} (the provider's authorization, token and revocation
 * endpoints). Depends on {@code apps} and {@code environment} (sealing).
 */
package io.millrace.application.accounts;
