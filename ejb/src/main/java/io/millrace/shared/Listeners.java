package io.millrace.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Live listeners by key (a workflow, a source): a key nobody listens to holds nothing, and a listener that throws
 * is logged at FINE without keeping the others from hearing. Safe for concurrent use.
 *
 * @param <T> what the listeners hear
 */
public final class Listeners<T> {
    private final Map<String, Set<Consumer<T>>> byKey = new ConcurrentHashMap<>();
    private final Logger log;
    private final String what;

    /** {@code what} names a listener in the log, followed by its key: "an execution listener of". */
    public Listeners(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    public void add(String key, Consumer<T> listener) {
        byKey.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
    }

    public void remove(String key, Consumer<T> listener) {
        byKey.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Whether anyone listens to the key. */
    public boolean any(String key) {
        return byKey.containsKey(key);
    }

    public void deliver(String key, T item) {
        deliver(key, List.of(item));
    }

    /** Hands the items to each listener of the key, in order. */
    public void deliver(String key, List<T> items) {
        for (Consumer<T> listener : byKey.getOrDefault(key, Set.of())) {
            for (T item : items) {
                try {
                    listener.accept(item);
                } catch (RuntimeException e) {
                    log.log(Level.FINE, what + " " + key + " failed", e);
                }
            }
        }
    }
}
