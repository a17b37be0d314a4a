package io.millrace.runtime;

import java.util.List;
import java.util.Map;

/**
 * One data store as a code step or source sees it through a {@code data_store} prop (seed page
 * /workflows/building-workflows/code/nodejs/using-data-stores). Values are JSON texts. Calls are
 * made on the thread running the step and each takes effect at once (it is not part of the step's
 * result). Expired keys are never seen.
 */
public interface DataStore {
    /** The value's JSON, or null when the key is missing or expired. */
    String get(String key);

    /** Sets the value; {@code ttlSeconds} null keeps no expiry, otherwise the key expires that many seconds from now. */
    void set(String key, String valueJson, Long ttlSeconds);

    /** Deletes the key; true when it existed. */
    boolean delete(String key);

    boolean has(String key);

    /** Every key, in key order. */
    List<String> keys();

    /** Every key with its value's JSON, in key order. */
    List<Map.Entry<String, String>> entries();

    /** Deletes every key. */
    void clear();

    /** Sets or (null) removes the key's expiry; false when the key is missing. */
    boolean setTtl(String key, Long ttlSeconds);
}
