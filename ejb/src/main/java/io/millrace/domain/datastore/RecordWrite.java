package io.millrace.domain.datastore;

/**
 * A record to set, checked against {@link StoreRules}.
 *
 * @param valueJson  the value as JSON text
 * @param ttlSeconds seconds until it expires, or null for no expiry
 */
public record RecordWrite(String key, String valueJson, Long ttlSeconds) {
}
