/**
 * Signing in with a local account: password hashes and the password policy, the local account of a user
 * (password, TOTP second factor, recovery codes), browser sessions and their timeouts, and the repository
 * port that stores them.
 *
 * <p>Sign-in with a company's directory or identity provider: the identity it vouches for
 * ({@link io.millrace.domain.signin.ExternalIdentity}), the link from that identity to a Millrace user
 * ({@link io.millrace.domain.signin.IdentityLink}) and the mapping of its groups to workspaces and roles
 * ({@link io.millrace.domain.signin.GroupMapping}).
 */
package io.millrace.domain.signin;
