package io.millrace.domain.source;

import io.millrace.runtime.Emission;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The component API's dedupe strategies, applied to the emissions of one run, with the state kept
 * between runs (a JSON object stored with the source).
 *
 * <p>First the run's emissions are put in time order: when every one carries {@code meta.ts}, they
 * are sorted by it, oldest first (stable); otherwise they keep the order of emission. Then:
 * <ul>
 *   <li>{@code unique}: a FIFO cache of the last {@value #UNIQUE_CACHE} ids; an event whose id is in it is
 *       dropped, otherwise it is emitted and its id added (the oldest id leaves when the cache is full);</li>
 *   <li>{@code greatest}: only events whose (numeric) id is larger than the largest id cached by earlier
 *       runs are emitted (a repeated id within the run once); the cache becomes the largest id emitted.
 *       An id that is not a number is dropped;</li>
 *   <li>{@code last}: the id of the last event of the previous run is cached; if an event of this run has
 *       that id, only the events after it (the last such one) are emitted, otherwise all; the cache
 *       becomes the id of this run's last event.</li>
 * </ul>
 * Under any strategy, an event without an id is emitted (nothing to dedupe on). Without a strategy
 * every event is emitted.
 */
public final class Dedupe {
    public static final String UNIQUE = "unique";
    public static final String GREATEST = "greatest";
    public static final String LAST = "last";
    public static final int UNIQUE_CACHE = 100;

    /**
     * The outcome for one run.
     *
     * @param kept      the emissions to store, in order
     * @param stateJson the state for the next run
     * @param dropped   how many were dropped as duplicates
     */
    public record Result(List<Emission> kept, String stateJson, int dropped) {
    }

    private Dedupe() {
    }

    /**
     * @param strategy  the component's {@code dedupe}, or null
     * @param stateJson the state after the previous run ({@code "{}"} at first)
     */
    public static Result apply(String strategy, String stateJson, List<Emission> emissions) {
        List<Emission> ordered = inTimeOrder(emissions);
        JsonObject state = stateJson == null || stateJson.isBlank() ? JsonValue.EMPTY_JSON_OBJECT
                : JsonText.parseObject(stateJson);
        if (strategy == null) {
            return new Result(ordered, JsonText.write(state), 0);
        }
        return switch (strategy) {
            case UNIQUE -> unique(state, ordered);
            case GREATEST -> greatest(state, ordered);
            case LAST -> last(state, ordered);
            default -> new Result(ordered, JsonText.write(state), 0);
        };
    }

    /** Sorted by {@code ts} (stable) when every emission has one; otherwise as emitted. */
    static List<Emission> inTimeOrder(List<Emission> emissions) {
        List<Emission> copy = new ArrayList<>(emissions);
        if (!copy.isEmpty() && copy.stream().allMatch(e -> e.ts() != null)) {
            copy.sort(Comparator.comparing(Emission::ts));
        }
        return copy;
    }

    private static Result unique(JsonObject state, List<Emission> ordered) {
        Deque<String> cache = new ArrayDeque<>();
        if (state.get("unique") instanceof jakarta.json.JsonArray ids) {
            ids.forEach(v -> cache.addLast(((JsonString) v).getString()));
        }
        Set<String> seen = new HashSet<>(cache);
        List<Emission> kept = new ArrayList<>();
        int dropped = 0;
        for (Emission e : ordered) {
            if (e.id() == null) {
                kept.add(e);
                continue;
            }
            if (seen.contains(e.id())) {
                dropped++;
                continue;
            }
            kept.add(e);
            cache.addLast(e.id());
            seen.add(e.id());
            while (cache.size() > UNIQUE_CACHE) {
                seen.remove(cache.removeFirst());
            }
        }
        JsonArrayBuilder ids = Jsonp.createArrayBuilder();
        cache.forEach(ids::add);
        return new Result(kept, JsonText.write(with(state, "unique", ids.build())), dropped);
    }

    private static Result greatest(JsonObject state, List<Emission> ordered) {
        BigDecimal cached = state.get("greatest") instanceof JsonString s ? number(s.getString()) : null;
        BigDecimal largest = cached;
        Set<BigDecimal> emitted = new HashSet<>();
        List<Emission> kept = new ArrayList<>();
        int dropped = 0;
        for (Emission e : ordered) {
            if (e.id() == null) {
                kept.add(e);
                continue;
            }
            BigDecimal id = number(e.id());
            if (id == null || (cached != null && id.compareTo(cached) <= 0) || !emitted.add(id.stripTrailingZeros())) {
                dropped++;
                continue;
            }
            kept.add(e);
            if (largest == null || id.compareTo(largest) > 0) {
                largest = id;
            }
        }
        JsonObject next = largest == null ? state : with(state, "greatest", Jsonp.createValue(largest.toPlainString()));
        return new Result(kept, JsonText.write(next), dropped);
    }

    private static Result last(JsonObject state, List<Emission> ordered) {
        String cached = state.get("last") instanceof JsonString s ? s.getString() : null;
        int match = -1;
        if (cached != null) {
            for (int i = 0; i < ordered.size(); i++) {
                if (cached.equals(ordered.get(i).id())) {
                    match = i;
                }
            }
        }
        List<Emission> kept = new ArrayList<>(ordered.subList(match + 1, ordered.size()));
        JsonObject next = state;
        if (!ordered.isEmpty() && ordered.get(ordered.size() - 1).id() != null) {
            next = with(state, "last", Jsonp.createValue(ordered.get(ordered.size() - 1).id()));
        }
        return new Result(kept, JsonText.write(next), match + 1);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonObject with(JsonObject state, String key, JsonValue value) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder(state);
        b.add(key, value);
        return b.build();
    }
}
