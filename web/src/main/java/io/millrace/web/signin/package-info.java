/**
 * Signing in with a browser, outside {@code /v1}: {@code POST /login} (JSON or a form) opens a session
 * cookie and answers the user and the session's CSRF token, {@code POST /logout} ends it,
 * {@code GET /session} tells the signed-in browser its user and CSRF token again (after a reload).
 */
package io.millrace.web.signin;
