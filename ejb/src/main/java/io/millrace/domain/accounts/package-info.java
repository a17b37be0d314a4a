/**
 * Connected accounts: {@link io.millrace.domain.accounts.ConnectedAccount} (MR_ACCOUNT: an app's credentials kept
 * only sealed, their owner and sharing, their health: last refresh, last error, dead), the pending browser
 * authorizations of the OAuth flow ({@link io.millrace.domain.accounts.PendingAuthorization}, MR_ACCOUNT_PENDING:
 * the state's digest, the sealed PKCE verifier, ten minutes), the rules of {@code $auth}
 * ({@link io.millrace.domain.accounts.Credentials}); port {@link io.millrace.domain.accounts.AccountRepository}.
 */
package io.millrace.domain.accounts;
