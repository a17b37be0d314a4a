package io.millrace.application.datastore;

import io.millrace.domain.datastore.RecordWrite;
import io.millrace.domain.datastore.StoreRequests;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The records API of a data store: the store must be in the caller's workspace (404 otherwise), bodies
 * are checked here, and the work is done by {@link Records}.
 */
@ApplicationScoped
public class RecordService {
    @Inject
    DataStoreService dataStores;
    @Inject
    Records records;

    /** A page of the store's live records; {@code prefix} (null or empty: all) keeps the keys that start with it. */
    public Page<RecordView> list(User caller, String storeId, PageRequest page, String prefix) {
        dataStores.owned(caller, storeId);
        if (prefix != null && prefix.length() > io.millrace.domain.datastore.StoreRules.MAX_KEY_LENGTH) {
            throw new io.millrace.shared.InvalidInputException("prefix", "prefix must be at most "
                    + io.millrace.domain.datastore.StoreRules.MAX_KEY_LENGTH + " characters");
        }
        return records.page(storeId, page, prefix == null || prefix.isEmpty() ? null : prefix).map(RecordView::of);
    }

    public RecordView get(User caller, String storeId, String key) {
        dataStores.owned(caller, storeId);
        return records.get(storeId, key).map(RecordView::of).orElseThrow(() -> noRecord(storeId, key));
    }

    public RecordView put(User caller, String storeId, String key, JsonValue body) {
        dataStores.owned(caller, storeId);
        RecordWrite write = StoreRequests.record(key, body);
        return records.set(storeId, write).map(RecordView::of).orElseThrow(() -> DataStoreService.notFound(storeId));
    }

    /** Sets the records of a batch body; returns how many were given. */
    public int putAll(User caller, String storeId, JsonValue body) {
        dataStores.owned(caller, storeId);
        List<RecordWrite> writes = StoreRequests.batch(body);
        if (!records.setAll(storeId, writes)) {
            throw DataStoreService.notFound(storeId);
        }
        return writes.size();
    }

    public RecordView setTtl(User caller, String storeId, String key, JsonValue body) {
        dataStores.owned(caller, storeId);
        Long ttl = StoreRequests.ttl(body);
        return records.setTtl(storeId, key, ttl).map(RecordView::of).orElseThrow(() -> noRecord(storeId, key));
    }

    public void delete(User caller, String storeId, String key) {
        dataStores.owned(caller, storeId);
        if (!records.delete(storeId, key)) {
            throw noRecord(storeId, key);
        }
    }

    /** Deletes every record; returns how many rows went. */
    public int clear(User caller, String storeId) {
        dataStores.owned(caller, storeId);
        return records.clear(storeId);
    }

    private static NotFoundException noRecord(String storeId, String key) {
        return new NotFoundException("no record with key " + Quoted.of(key) + " in data store " + Quoted.value(storeId));
    }
}
