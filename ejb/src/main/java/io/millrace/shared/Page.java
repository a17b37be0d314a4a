package io.millrace.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total number of items matching the query and the cursors of its
 * first and last items (null when the page is empty).
 */
public record Page<T>(List<T> items, long totalCount, String startCursor, String endCursor) {

    /** A page whose cursors are those of its first and last items. */
    public static <T> Page<T> of(List<T> items, long totalCount, Function<T, String> cursorOf) {
        return new Page<>(items, totalCount, items.isEmpty() ? null : cursorOf.apply(items.get(0)),
                items.isEmpty() ? null : cursorOf.apply(items.get(items.size() - 1)));
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), totalCount, startCursor, endCursor);
    }
}
