/**
 * Connect Link: the HTML page, opened from a Connect token's {@code connect_link_url}, where an end user connects an
 * account for the product that issued the token (no console, no sign-in: the token is the credential).
 */
package io.millrace.web.connectlink;
