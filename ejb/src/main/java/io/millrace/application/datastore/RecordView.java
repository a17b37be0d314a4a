package io.millrace.application.datastore;

import io.millrace.domain.datastore.StoreRecord;

/**
 * A data store record for the API to render.
 *
 * @param valueJson the value as JSON text
 * @param expiresAt epoch ms from which it no longer exists, or null
 */
public record RecordView(String key, String valueJson, Long expiresAt, long createdAt, long updatedAt) {

    static RecordView of(StoreRecord r) {
        return new RecordView(r.key(), r.valueJson(), r.expiresAt(), r.createdAt(), r.updatedAt());
    }
}
