package io.millrace.runtime.graal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.millrace.runtime.DataStore;
import io.millrace.runtime.DataStores;

/**
 * Data stores in memory for the tests: a prop's configured value names a store by its name (a JSON
 * string, {@code "ds_..."} or not) or as {@code {"id": "..."}}; unknown names fail as the real ones do.
 */
final class MemoryDataStores implements DataStores {

    /** One store: values as JSON, each with its expiry (null: none). */
    static class Store implements DataStore {
        private record Entry(String json, Instant expires) {
            boolean live() {
                return expires == null || expires.isAfter(Instant.now());
            }
        }

        private final TreeMap<String, Entry> entries = new TreeMap<>();

        @Override
        public synchronized String get(String key) {
            Entry entry = entries.get(key);
            return entry != null && entry.live() ? entry.json() : null;
        }

        @Override
        public synchronized void set(String key, String valueJson, Long ttlSeconds) {
            entries.put(key, new Entry(valueJson, ttlSeconds == null ? null : Instant.now().plusSeconds(ttlSeconds)));
        }

        @Override
        public synchronized boolean delete(String key) {
            Entry removed = entries.remove(key);
            return removed != null && removed.live();
        }

        @Override
        public synchronized boolean has(String key) {
            return get(key) != null;
        }

        @Override
        public synchronized List<String> keys() {
            return entries.entrySet().stream().filter(e -> e.getValue().live()).map(Map.Entry::getKey).toList();
        }

        @Override
        public synchronized List<Map.Entry<String, String>> entries() {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            entries.forEach((key, entry) -> {
                if (entry.live()) {
                    out.add(Map.entry(key, entry.json()));
                }
            });
            return out;
        }

        @Override
        public synchronized void clear() {
            entries.clear();
        }

        @Override
        public synchronized boolean setTtl(String key, Long ttlSeconds) {
            Entry entry = entries.get(key);
            if (entry == null || !entry.live()) {
                return false;
            }
            entries.put(key, new Entry(entry.json(), ttlSeconds == null ? null : Instant.now().plusSeconds(ttlSeconds)));
            return true;
        }

        /** The expiry of a key, for the tests. */
        synchronized Instant expiry(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.expires();
        }
    }

    private final Map<String, Store> stores = new ConcurrentHashMap<>();
    private final List<String> opened = new ArrayList<>();

    /** Makes (or returns) the store named {@code name}. */
    Store store(String name) {
        return stores.computeIfAbsent(name, n -> new Store());
    }

    /** The configured values {@link #open} was called with, in order. */
    synchronized List<String> opened() {
        return List.copyOf(opened);
    }

    @Override
    public synchronized DataStore open(String configuredValueJson) {
        opened.add(configuredValueJson);
        String name = configuredValueJson;
        if (name.startsWith("{")) {
            int at = name.indexOf("\"id\"");
            name = at < 0 ? "" : name.substring(name.indexOf('"', name.indexOf(':', at) + 1));
            name = name.substring(0, name.indexOf('"', 1) + 1);
        }
        if (!name.startsWith("\"")) {
            throw new IllegalArgumentException("a data store is named by its id or name, got " + configuredValueJson);
        }
        Store store = stores.get(name.substring(1, name.length() - 1));
        if (store == null) {
            throw new IllegalArgumentException("no data store " + configuredValueJson + " in this project");
        }
        return store;
    }
}
