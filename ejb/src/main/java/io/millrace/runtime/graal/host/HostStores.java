package io.millrace.runtime.graal.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Value;

import io.millrace.runtime.DataStore;
import io.millrace.runtime.DataStores;

/**
 * The data stores one run's {@code data_store} props opened (lib/prop-objects.js). The guest names a
 * store by the handle {@link #open} returned; each operation calls the {@link DataStore} port at once,
 * on the run's thread, and answers with a JSON envelope: {@code {"ok": value}} or
 * {@code {"error": message}} (a failing store never throws into the guest as a host exception).
 * Values cross as JSON texts; keys are strings.
 */
final class HostStores {

    /** Keys longer than this are refused. */
    static final int MAX_KEY_LENGTH = 1024;

    private final DataStores stores;
    private final List<DataStore> opened = new ArrayList<>();

    HostStores(DataStores stores) {
        this.stores = stores == null ? DataStores.NONE : stores;
    }

    /** {@code open(configuredValueJson)}: the handle of the store the prop's configured value names. */
    String open(Value[] args) {
        try {
            DataStore store = stores.open(args[0].asString());
            if (store == null) {
                return error("no data store was found for it");
            }
            opened.add(store);
            return "{\"ok\":" + (opened.size() - 1) + "}";
        } catch (RuntimeException e) {
            return error(messageOf(e));
        }
    }

    /** {@code call(handle, op, key, valueJson, ttlSeconds)}: one operation on an opened store. */
    String call(Value[] args) {
        try {
            int handle = args[0].asInt();
            if (handle < 0 || handle >= opened.size()) {
                return error("unknown data store");
            }
            return "{\"ok\":" + operate(opened.get(handle), args[1].asString(), args) + "}";
        } catch (RuntimeException e) {
            return error(messageOf(e));
        }
    }

    private static String operate(DataStore store, String op, Value[] args) {
        switch (op) {
            case "get": {
                String json = store.get(key(args));
                return json == null ? "null" : "{\"value\":" + json + "}";
            }
            case "set":
                store.set(key(args), args[3].asString(), ttl(args[4]));
                return "null";
            case "delete":
                return String.valueOf(store.delete(key(args)));
            case "has":
                return String.valueOf(store.has(key(args)));
            case "keys":
                return JsonStrings.write(store.keys());
            case "entries": {
                StringBuilder out = new StringBuilder("[");
                for (Map.Entry<String, String> entry : store.entries()) {
                    if (out.length() > 1) {
                        out.append(',');
                    }
                    out.append('[').append(JsonStrings.quote(entry.getKey())).append(',').append(entry.getValue()).append(']');
                }
                return out.append(']').toString();
            }
            case "clear":
                store.clear();
                return "null";
            case "setTtl":
                return String.valueOf(store.setTtl(key(args), ttl(args[4])));
            default:
                throw new IllegalArgumentException("unknown data store operation " + op);
        }
    }

    private static String key(Value[] args) {
        String key = args[2].asString();
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("the key is longer than " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    private static Long ttl(Value value) {
        return value == null || value.isNull() ? null : value.asLong();
    }

    static String error(String message) {
        return "{\"error\":" + JsonStrings.quote(message) + "}";
    }

    private static String messageOf(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
