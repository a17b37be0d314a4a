/**
 * OAuth client-credentials authentication of the REST API: clients of a workspace (their secrets
 * stored as SHA-256 only), the one-hour access tokens issued to them (also stored hashed), and the
 * repository of both.
 */
package io.millrace.domain.auth;
