package io.millrace.application.datastore;

import io.millrace.domain.datastore.RecordWrite;
import io.millrace.domain.datastore.StoreRecord;
import io.millrace.domain.datastore.StoreRules;
import io.millrace.runtime.DataStore;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One data store as a step sees it: each call is one read or one short transaction through
 * {@link Records}. Bad keys, values or TTLs are an {@link IllegalArgumentException} with a message for
 * the step; a write to a store deleted meanwhile is an {@link IllegalStateException}.
 */
final class StoreHandle implements DataStore {
    private final Records records;
    private final String storeId;

    StoreHandle(Records records, String storeId) {
        this.records = records;
        this.storeId = storeId;
    }

    @Override
    public String get(String key) {
        return checked(() -> records.get(storeId, key).map(StoreRecord::valueJson).orElse(null));
    }

    @Override
    public void set(String key, String valueJson, Long ttlSeconds) {
        checked(() -> {
            StoreRules.checkKey(key);
            if (valueJson == null) {
                throw new InvalidInputException("value", "a data store value must be JSON-serializable");
            }
            String normalized;
            try {
                normalized = JsonText.write(JsonText.parse(valueJson));
            } catch (RuntimeException e) {
                throw new InvalidInputException("value", "a data store value must be JSON-serializable");
            }
            StoreRules.checkValueSize(normalized, "value");
            StoreRules.checkTtl(ttlSeconds, "ttl");
            return records.set(storeId, new RecordWrite(key, normalized, ttlSeconds)).orElseThrow(this::gone);
        });
    }

    @Override
    public boolean delete(String key) {
        return checked(() -> records.delete(storeId, key));
    }

    @Override
    public boolean has(String key) {
        return checked(() -> records.has(storeId, key));
    }

    @Override
    public List<String> keys() {
        return records.keys(storeId);
    }

    @Override
    public List<Map.Entry<String, String>> entries() {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        records.forEach(storeId, r -> entries.add(Map.entry(r.key(), r.valueJson())));
        return entries;
    }

    @Override
    public void clear() {
        records.clear(storeId);
    }

    @Override
    public boolean setTtl(String key, Long ttlSeconds) {
        return checked(() -> records.setTtl(storeId, key, ttlSeconds).isPresent());
    }

    private IllegalStateException gone() {
        return new IllegalStateException("data store " + storeId + " no longer exists");
    }

    private static <T> T checked(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
