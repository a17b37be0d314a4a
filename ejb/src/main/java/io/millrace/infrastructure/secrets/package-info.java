/**
 * Encryption at rest: AES-256-GCM with a key from {@code millrace.secrets.key} (base64 of 32 bytes)
 * or, when that is not set, from {@code secrets.key} in the data directory, generated on first use.
 */
package io.millrace.infrastructure.secrets;
