/**
 * Signing in with a browser through the real server: passwords, session cookies, CSRF protection,
 * revocation, throttling and two-factor authentication.
 */
package io.millrace.it.signin;
