/**
 * Signing in with a local account: password hashes and the password policy, the local account of a user
 * (password, TOTP second factor, recovery codes), browser sessions and their timeouts, and the repository
 * port that stores them.
 */
package io.millrace.domain.signin;
